import express from "express";
import qs from "node:querystring";

declare const visits: { record(path: string): void };
declare const settings: { forceHttps: boolean };

export const edge = express.Router();

// ok: missing-auth -- it only bounces plain-HTTP requests to HTTPS and hands every other request on
edge.all("/*", (req, res, next) => {
  if (settings.forceHttps && !req.secure) {
    const query = Object.keys(req.query).length > 0 ? `?${qs.stringify(req.query as Record<string, string>)}` : "";
    return res.redirect(`https://${req.hostname}${req.path}${query}`);
  } else {
    next();
  }
});

// expect: missing-auth
edge.all("/tracked/*", (req, res, next) => {
  if (!req.secure) {
    return res.redirect(`https://${req.hostname}${req.originalUrl}`);
  }
  visits.record(req.path);
  next();
});

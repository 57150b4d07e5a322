import helmet from "helmet";
import express from "express";
import type { RequestHandler } from "express";

/** The header middlewares, one per header, each with the options this service wants. */
export function hardening(): RequestHandler[] {
  return [
    helmet.noSniff(),
    helmet.frameguard({ action: "deny" }),
    helmet.contentSecurityPolicy({ directives: { defaultSrc: ["'self'"] } }),
  ];
}

/** Body parsing only: it sends no header. */
export function parsing(): RequestHandler[] {
  return [express.json(), express.urlencoded({ extended: false })];
}

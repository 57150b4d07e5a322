// A table of handlers per HTTP method, filled when the server starts: every key is a constant bound to a literal.
import express from "express";

const READ = "read";
const WRITE = "write";
let fallbackVerb = "read";

// ok: unbounded-cache -- every `set` key is a module constant holding a literal: two entries at most
const handlersByVerb = new Map<string, Record<string, express.RequestHandler>>();
// expect: unbounded-cache
const handlersByCaller = new Map<string, Record<string, express.RequestHandler>>();

export function mountTable(app: express.Express) {
  handlersByVerb.set(READ, {});
  handlersByVerb.set(WRITE, {});
  handlersByCaller.set(fallbackVerb, {});
  app.use((req, _res, next) => {
    fallbackVerb = String(req.headers["x-verb"]);
    handlersByCaller.set(fallbackVerb, {});
    next();
  });
}

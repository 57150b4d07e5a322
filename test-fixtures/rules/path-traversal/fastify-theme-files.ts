import Fastify from "fastify";
import { existsSync, createReadStream } from "node:fs";
import path from "node:path";

const app = Fastify();
const themeRoot = path.join(process.cwd(), "themes");

// The resolved form of `file` must stay under the theme root, so `file` itself reads inside it.
app.get("/themes/*", async (request, reply) => {
  const file = path.join(themeRoot, request.url.replace(/^\/themes\//, ""));
  const resolved = path.resolve(file);
  if (!resolved.startsWith(path.resolve(themeRoot) + path.sep) && resolved !== path.resolve(themeRoot)) return reply.code(403).send();
  // ok: path-traversal -- contained through its resolved form
  if (!existsSync(file)) return reply.code(404).send();
  // ok: path-traversal -- contained through its resolved form
  return reply.send(createReadStream(file));
});

// The resolved path checked here joins another folder first: it says nothing about where `file` points.
app.get("/skins/*", async (request, reply) => {
  const file = path.join(themeRoot, request.url.replace(/^\/skins\//, ""));
  const elsewhere = path.resolve("/srv/skins", file);
  if (!elsewhere.startsWith("/srv/skins/")) return reply.code(403).send();
  // expect: path-traversal
  return reply.send(createReadStream(file));
});

import Fastify from "fastify";
import fastifyStatic from "@fastify/static";
import { createReadStream, promises as fsp } from "node:fs";
import path from "node:path";

const fastify = Fastify({ logger: true });
fastify.register(fastifyStatic, { root: path.join(__dirname, "public") });

fastify.get("/assets/:file", async (request, reply) => {
  const { file } = request.params as { file: string };
  // expect: path-traversal
  return reply.type("application/octet-stream").send(createReadStream(path.join(__dirname, "assets", file)));
});

fastify.post("/notes", async (request, reply) => {
  const body = request.body as { title: string; text: string };
  // expect: path-traversal
  await fsp.writeFile(path.join("notes", `${body.title}.md`), body.text);
  return reply.code(201).send();
});

// ok: path-traversal -- @fastify/static resolves sendFile under its root and refuses `..`
fastify.get("/public/:file", async (request, reply) => {
  const { file } = request.params as { file: string };
  return reply.sendFile(file);
});

// ok: path-traversal -- path.relative shows whether the target stays inside the folder
fastify.get("/templates/:name", async (request, reply) => {
  const { name } = request.params as { name: string };
  const root = path.join(__dirname, "templates");
  const target = path.resolve(root, name);
  const relative = path.relative(root, target);
  if (relative.startsWith("..") || path.isAbsolute(relative)) return reply.code(400).send();
  return fsp.readFile(target, "utf8");
});

fastify.post("/scans", async (request, reply) => {
  const upload = await request.file();
  if (!upload) return reply.code(400).send();
  // ok: path-traversal -- the multipart plugin hands over busboy's basename of the file name, never a folder
  await fsp.writeFile(path.join("/var/scans", upload.filename), await upload.toBuffer());
  return reply.code(201).send();
});

fastify.post("/scans/batch", async (request, reply) => {
  for await (const part of request.files()) {
    const { folder } = part.fields as unknown as { folder: { value: string } };
    // expect: path-traversal
    await fsp.writeFile(path.join("/var/scans", folder.value, part.filename), await part.toBuffer());
  }
  return reply.code(201).send();
});

export default fastify;

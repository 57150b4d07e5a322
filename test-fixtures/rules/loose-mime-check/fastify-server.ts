import Fastify from "fastify";
import multipart from "@fastify/multipart";

const fastify = Fastify();
fastify.register(multipart, { limits: { fileSize: 10 * 1024 * 1024 } });

fastify.post("/upload", async (request, reply) => {
  const data = await request.file();
  // expect: loose-mime-check
  if (!data || !data.mimetype.endsWith("/pdf")) return reply.code(415).send();
  return { ok: true };
});

// ok: loose-mime-check -- exact comparison of the part's media type
fastify.post("/upload/v2", async (request, reply) => {
  const data = await request.file();
  if (!data || data.mimetype !== "application/pdf") return reply.code(415).send();
  return { ok: true };
});

export default fastify;

// An import route whose failures go to a log file and an event bus; only the answer reaches the client.
import { createWriteStream } from "node:fs";
import { PassThrough } from "node:stream";
import { Hono } from "hono";
import { EventBus } from "event-bus-client";

const app = new Hono();
const bus = new EventBus({ topic: "imports" });

async function runImport(source: string): Promise<number> {
  return source.length;
}

app.post("/imports", async (c) => {
  const { source } = await c.req.json<{ source: string }>();
  const log = createWriteStream(`/var/log/imports/${Date.now()}.log`, { flags: "a" });
  try {
    return c.json({ rows: await runImport(source) });
  } catch (error) {
    // ok: error-detail-leak -- the write stream is a file on disk that the operator reads, not the HTTP answer
    log.write(error instanceof Error ? error.message : String(error));
    // ok: error-detail-leak -- an event handed to the package's bus client, never written to the response
    await bus.send({ name: "import/failed", data: { reason: (error as Error).message } });
    return c.json({ message: "Import failed" }, 500);
  }
});

app.post("/imports/stream", async (c) => {
  const { source } = await c.req.json<{ source: string }>();
  const progress = new PassThrough();
  try {
    progress.write(`rows: ${await runImport(source)}`);
  } catch (error) {
    // expect: error-detail-leak
    progress.write((error as Error).message);
  }
  progress.end();
  return new Response(progress as unknown as ReadableStream);
});

export default app;

import { Hono } from "hono";
import { StreamableHTTPTransport } from "@hono/mcp";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { db } from "../lib/db";

const app = new Hono();

// ok: missing-input-validation -- the whole message goes to the MCP transport, which checks it against the protocol's schemas
app.post("/mcp", async (c) => {
  let message: unknown;
  try {
    message = await c.req.json();
  } catch {
    message = undefined;
  }
  const server = new McpServer({ name: "notes", version: "1.0.0" });
  const transport = new StreamableHTTPTransport();
  await server.connect(transport);
  return transport.handleRequest(c, message);
});

// A project class with the same method name validates nothing.
class Relay {
  async handleRequest(_c: unknown, body: unknown): Promise<Response> {
    await db.post.create({ data: body as never });
    return new Response(null, { status: 202 });
  }
}

app.post("/relay", async (c) => {
  // expect: missing-input-validation
  const message = await c.req.json();
  return new Relay().handleRequest(c, message);
});

export default app;

import { Hono } from "hono";

const app = new Hono();

// expect: missing-auth
app.post("/", async (c) => c.json(await load(await c.req.text()), 202));

async function load(csv: string): Promise<{ rows: number }> {
  return { rows: csv.split("\n").length };
}

export const importsRouter = app;

import { Hono } from "hono";
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";

const app = new Hono();

app.get("/images/:name", async (c) => {
  const name = c.req.param("name");
  // expect: path-traversal
  const data = await readFile(join("./images", name));
  return c.body(data);
});

// ok: path-traversal -- basename imported by name still strips directories
app.get("/thumbs/:name", async (c) => {
  const data = await readFile(join("./thumbs", basename(c.req.param("name"))));
  return c.body(data);
});

export default app;

import { Hono } from "hono";
import { basicAuth } from "hono/basic-auth";
import { serve } from "@hono/node-server";
import { incidents } from "./incidents";

const app = new Hono();

// ok: missing-auth -- basic auth on everything under /admin (its inline password is hardcoded-secret's concern)
app.use("/admin/*", basicAuth({ username: "ops", password: "Tr0ub4dor-and-3-horses" }));

app.get("/admin/incidents", async (c) => c.json(await incidents.all()));

// expect: missing-auth
app.post("/incidents/:id/subscribe", async (c) => {
  await incidents.subscribe(c.req.param("id"), (await c.req.json()).email);
  return c.body(null, 204);
});

serve({ fetch: app.fetch, port: 3007 });

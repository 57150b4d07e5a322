import { Hono } from "hono";
import { callerOrRefusal, checkCaller, checkPaging, localeOrProblem } from "./caller";

type Env = { PROXY_SHARED_SECRET: string; BOARDS: KVNamespace };
const app = new Hono<{ Bindings: Env }>();

// ok: missing-auth -- callerOrRefusal hands back a 401 Response without the proxy's credential, and it is returned first
app.delete("/boards/:id", async (c) => {
  const caller = await callerOrRefusal(c.req.raw.headers, c.env);
  if (caller instanceof Response) return caller;
  await c.env.BOARDS.delete(c.req.param("id"));
  return c.json({ removed: true, by: caller.email });
});

// The helper's Response is a 400 about a header, not a refusal of the caller.
// expect: missing-auth
app.delete("/drafts/:id", async (c) => {
  const locale = await localeOrProblem(c.req.raw.headers);
  if (locale instanceof Response) return locale;
  await c.env.BOARDS.delete(`${locale}:${c.req.param("id")}`);
  return c.json({ removed: true });
});

// ok: missing-auth -- checkCaller's failed result carries its 401, and the handler returns it before any work
app.put("/boards/:id/title", async (c) => {
  const checked = await checkCaller(c);
  if (!checked.ok) return checked.response;
  await c.env.BOARDS.put(`${c.req.param("id")}:title`, await c.req.text());
  return c.json({ renamed: true, by: checked.value.email });
});

// The failed result here is a 400 about paging, not a refusal of the caller.
// expect: missing-auth
app.delete("/boards", async (c) => {
  const paging = await checkPaging(c);
  if (!paging.ok) return paging.response;
  await c.env.BOARDS.delete(`page:${paging.value}`);
  return c.json({ cleared: true });
});

export default app;

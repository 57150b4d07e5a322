import { Hono } from "hono";
import { requireMember } from "../middleware/member";
import { store } from "../store";

// One fluent chain: the guard is used before every route chained after it.
const notes = new Hono()
  .use(requireMember)
  // ok: missing-auth -- requireMember is used earlier in the same chain
  .post("/", async (c) => c.json({ id: await store.save("note", await c.req.text()) }, 201))
  // ok: missing-auth -- requireMember is used earlier in the same chain
  .delete("/:id", async (c) => {
    await store.drop("note", c.req.param("id"));
    return c.body(null, 204);
  });

export default notes;

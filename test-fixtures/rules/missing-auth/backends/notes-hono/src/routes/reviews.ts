import { Hono } from "hono";
import { requireMember } from "../middleware/member";
import { store } from "../store";

const reviews = new Hono()
  // expect: missing-auth
  .post("/", async (c) => c.json({ id: await store.save("reviews", await c.req.text()) }, 202))
  .use(requireMember)
  // ok: missing-auth -- requireMember comes before this route in the chain
  .delete("/:id", async (c) => {
    await store.drop("reviews", c.req.param("id"));
    return c.body(null, 204);
  });

export default reviews;

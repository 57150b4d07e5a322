import { Hono } from "hono";
import { openMiddleware, operatorMiddleware, publicMiddleware } from "../middleware/stacks";
import { store } from "../store";

export const orders = new Hono();

orders.use("/guest/*", ...publicMiddleware);
orders.use("/walk-in/*", ...openMiddleware);
orders.use("/refunds/*", ...operatorMiddleware);

// ok: missing-auth -- the project runs this route through the stack it names public
orders.post("/guest/cart", async (c) => c.json({ id: await store.save("cart", await c.req.json()) }));

// expect: missing-auth
orders.post("/walk-in/cart", async (c) => c.json({ id: await store.save("cart", await c.req.json()) }));

// ok: missing-auth -- the operator stack checks the session
orders.post("/refunds/:id", async (c) => c.json({ id: await store.save("refund", c.req.param("id")) }));

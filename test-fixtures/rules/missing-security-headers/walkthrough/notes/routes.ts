import { Hono } from "hono";

export const notesRoutes = new Hono().get("/", (c) => c.json([{ id: 1 }]));

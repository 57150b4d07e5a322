import { Hono } from "hono";

export const notesRoutes = new Hono().get("/", (c) => c.html(`<ul><li>${c.req.query("q") ?? ""}</li></ul>`));

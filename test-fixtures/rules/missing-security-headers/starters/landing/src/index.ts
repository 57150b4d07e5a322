import { Hono } from "hono";

// expect: missing-security-headers
const site = new Hono();
site.get("/", (c) => c.html(`<h1>Welcome</h1><p>${c.req.query("ref") ?? ""}</p>`));

export default site;

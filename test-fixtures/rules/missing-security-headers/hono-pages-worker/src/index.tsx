// A Worker that renders pages. Its `deploy` script runs this file as `dev` does: it is the service, not a by-hand script.
import { Hono } from "hono";
import { html } from "hono/html";

// expect: missing-security-headers
const app = new Hono();

app.get("/", (c) => c.html(html`<h1>Notes</h1>`));

export default app;

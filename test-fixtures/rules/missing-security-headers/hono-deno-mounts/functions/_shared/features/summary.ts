import { Hono } from "hono";

// ok: missing-security-headers -- a feature sub-app: the reports function mounts it (under another name) into its root
export const app = new Hono();

app.get("/", (c) => c.html("<table><tr><td>weekly summary</td></tr></table>"));

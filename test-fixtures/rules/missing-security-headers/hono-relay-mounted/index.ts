import { Hono } from "hono";
import { mirror } from "./mirror";

// The app renders a page of its own and mounts, from another file, routes that pass upstream responses through as
// they are: a header middleware registered here would write to their immutable headers, so the fix is only suggested.
// expect: missing-security-headers
const site = new Hono();
site.get("/", (c) => c.html("<h1>Mirror</h1>"));
site.route("/mirror", mirror);

export default site;

import express from "express";
import { hardening } from "./hardening";
import { portal } from "./portal";

// ok: missing-security-headers -- every request goes through the router mounted at the root, which sends the headers first
const app = express();
app.disable("x-powered-by");
app.use("/", portal);
// Registered after the router: a request the router does not answer reaches it with the headers already set.
app.get("/about", (_req, res) => res.send("<p>About</p>"));
app.listen(8080);

// ok: missing-security-headers -- the middlewares the project function hands back are registered one by one
const docs = express();
docs.use(...hardening());
docs.get("/guide", (_req, res) => res.send("<h1>Guide</h1>"));
docs.listen(8083);

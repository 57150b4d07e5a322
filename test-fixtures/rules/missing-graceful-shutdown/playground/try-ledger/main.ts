// A playground: a small app the maintainers start by hand to try the library, never deployed.
import express from "express";

const app = express();
app.get("/", (_req, res) => res.send("try it"));

// ok: missing-graceful-shutdown -- code under a playground folder is sample code, not a deployed server
app.listen(4010);

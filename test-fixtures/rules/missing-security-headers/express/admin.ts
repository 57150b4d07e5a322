import express from "express";

// ok: missing-security-headers -- a sub-app mounted into the main server, which answers for it
const adminApp = express();
adminApp.get("/stats", (_req, res) => res.json({}));

// expect: missing-security-headers
const mainApp = express();
mainApp.get("/", (req, res) => res.send(`<h1>${req.hostname}</h1>`));
mainApp.use("/admin", adminApp);
mainApp.listen(4000);

// ok: missing-security-headers -- never listens or leaves this module (a test double)
const scratch = express();
scratch.get("/", (_req, res) => res.send("ok"));

import express from "express";
import { kiosk } from "./kiosk";
import { portal } from "./portal";

// expect: missing-security-headers
const screens = express();
screens.use("/", kiosk);
screens.listen(8081);

// expect: missing-security-headers
const help = express();
// Under /help only: the app's own pages outside it go out without the headers.
help.use("/help", portal);
help.get("/", (_req, res) => res.send("<a href='/help/welcome'>help</a>"));
help.listen(8082);

// expect: missing-security-headers
const lobby = express();
// Registered before the hardened router: this page is answered before the router's middleware runs.
lobby.get("/", (_req, res) => res.send("<h1>Lobby</h1>"));
lobby.use("/", portal);
lobby.listen(8084);

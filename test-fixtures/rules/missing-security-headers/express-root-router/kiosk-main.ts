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

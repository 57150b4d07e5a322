import express from "express";
import { expressjwt } from "express-jwt";
import buildApi from "./api";
import buildHooks from "./hooks";

const app = express();
app.use(express.json());
// Mounted ahead of the token check: whatever the hooks register is open.
app.use("/hooks", buildHooks());
app.use(expressjwt({ secret: process.env.PANEL_SECRET!, algorithms: ["HS256"] }));
// The factory returns the router the registrars filled; the token check above runs first.
app.use("/api", buildApi());
app.listen(4100);

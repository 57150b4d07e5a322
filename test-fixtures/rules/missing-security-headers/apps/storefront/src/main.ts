import express from "express";
import { openHealthPort, openPreviewPort } from "./health-port";

// expect: missing-security-headers
const shop = express();
shop.get("/", (_req, res) => res.send("<h1>Shop</h1>"));
shop.listen(3000);
openHealthPort(3001);
openPreviewPort(3002, async () => "<p>preview</p>");

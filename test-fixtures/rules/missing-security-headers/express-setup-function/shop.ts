import express from "express";
import { harden } from "./setup/hardening";

// ok: missing-security-headers -- harden() registers helmet on the app it is given
const shop = express();
harden(shop);
shop.get("/", (_req, res) => res.send("<h1>Shop</h1>"));
shop.listen(3002);

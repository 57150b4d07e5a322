import express from "express";
import { registerDebugRoutes, registerJobRoutes } from "./debug-routes";

const app = express();
app.use(express.json({ limit: "100kb" }));
if (process.env.NODE_ENV !== "production") {
  registerDebugRoutes(app);
}
registerJobRoutes(app);
app.listen(3000);

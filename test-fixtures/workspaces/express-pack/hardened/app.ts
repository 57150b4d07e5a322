// The hardened twin of vulnerable/: the same backend with every gap closed.
import express from "express";
import helmet from "helmet";
import { configureCors } from "./cors.js";

export function createApp() {
  const app = express();
  app.use(helmet());
  app.use(express.json());
  configureCors(app);
  return app;
}

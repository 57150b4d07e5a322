// The hardened twin of vulnerable/: the same backend with every gap closed.
import express from "express";
import helmet from "helmet";
import { configureAuth } from "./auth.js";
import { configureCors } from "./cors.js";
import { configureFiles } from "./files.js";
import { configureOperations } from "./operations.js";

export function createApp() {
  const app = express();
  app.use(helmet());
  app.use(express.json());
  configureAuth(app);
  configureCors(app);
  configureFiles(app);
  configureOperations(app);
  return app;
}

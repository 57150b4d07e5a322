import cors from "cors";
import type { Express } from "express";

const allowedOrigins = (process.env.ALLOWED_ORIGINS ?? "").split(",").filter(Boolean);

export function configureCors(app: Express): void {
  app.use(cors({ origin: allowedOrigins, credentials: true }));
}

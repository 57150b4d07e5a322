import cors from "cors";
import type { Express } from "express";

export function configureCors(app: Express): void {
  // expect: permissive-cors
  app.use(cors({ origin: true, credentials: true }));
}

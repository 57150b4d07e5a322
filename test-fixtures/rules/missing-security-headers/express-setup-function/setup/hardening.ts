import helmet from "helmet";
import type { Express } from "express";

export function harden(target: Express): void {
  target.disable("x-powered-by");
  target.use(helmet());
}

// A thin wrapper that hands each entry straight to an Express router: its entries are HTTP routes.
import { Router, type RequestHandler } from "express";

export class RouteBook {
  readonly router = Router();

  post(path: string, handler: RequestHandler): void {
    this.router.post(path, handler);
  }
}

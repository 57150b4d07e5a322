// Just enough of the demo's dependencies for `tsc -p .` without installing them.
declare module "express" {
  export interface Request {
    params: Record<string, string>;
    query: Record<string, unknown>;
    body: any;
    headers: Record<string, string | undefined>;
    user?: unknown;
  }
  export interface Response {
    status(code: number): Response;
    json(body: unknown): Response;
    sendStatus(code: number): Response;
  }
  export type NextFunction = (error?: unknown) => void;
  export type Handler = (req: Request, res: Response, next: NextFunction) => unknown;
  export interface Router {
    get(path: string, ...handlers: Handler[]): Router;
    post(path: string, ...handlers: Handler[]): Router;
    put(path: string, ...handlers: Handler[]): Router;
    patch(path: string, ...handlers: Handler[]): Router;
    delete(path: string, ...handlers: Handler[]): Router;
    use(...handlers: Array<string | Handler | Router>): Router;
  }
  export interface Application extends Router {
    listen(port: number, callback?: () => void): unknown;
  }
  export function Router(): Router;
  interface Express {
    (): Application;
    json(): Handler;
  }
  const express: Express;
  export default express;
}

declare module "helmet" {
  import type { Handler } from "express";
  export default function helmet(): Handler;
}

declare module "jsonwebtoken" {
  const jwt: {
    verify(token: string, secret: string, options?: { algorithms?: string[] }): unknown;
    sign(payload: object, secret: string, options?: object): string;
  };
  export default jwt;
}

declare module "next/server" {
  export class NextResponse extends Response {
    static json(body: unknown, init?: ResponseInit): NextResponse;
  }
}

declare module "next/headers" {
  export function cookies(): Promise<{ get(name: string): { value: string } | undefined }>;
}

declare module "pg" {
  class Pool {
    constructor(options?: { connectionString?: string; connectionTimeoutMillis?: number });
    query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  }
  const pg: { Pool: typeof Pool };
  export default pg;
}

// The desk's own command table: actions are filed by verb and path, looked up and run by the one HTTP route in server.ts.
import type { Request } from "express";

type Action<Ctx> = (input: { params: Record<string, string>; body: unknown }, ctx: Ctx) => Promise<unknown>;

export interface DeskContext {
  clerk: string;
  req: Request;
}

export class ActionTable<Ctx = unknown> {
  private filed = new Map<string, Action<Ctx>>();

  private file(verb: string, path: string, action: Action<Ctx>): void {
    this.filed.set(`${verb} ${path}`, action);
  }

  post(path: string, action: Action<Ctx>): void {
    this.file("post", path, action);
  }

  delete(path: string, action: Action<Ctx>): void {
    this.file("delete", path, action);
  }

  find(verb: string, path: string): Action<Ctx> | undefined {
    return this.filed.get(`${verb.toLowerCase()} ${path}`);
  }
}

export type DeskActions = ActionTable<DeskContext>;

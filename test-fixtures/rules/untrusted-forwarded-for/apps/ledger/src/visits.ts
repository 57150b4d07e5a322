import type { Context } from "koa";

const visitors = new Set<string>();

// Another module of the same package reads the address the setting derives.
export function recordVisit(ctx: Context): void {
  visitors.add(ctx.ip);
}

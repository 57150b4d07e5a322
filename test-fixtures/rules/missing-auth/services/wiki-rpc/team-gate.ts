import type { Context, Next } from "koa";
import { admitTeamMember } from "@wiki/teams";

/** Reads the team cookie and hands it to an installed package: whether that refuses anyone cannot be seen from here. */
export async function teamGate(ctx: Context, next: Next) {
  const token = ctx.cookies.get("team_token");
  await admitTeamMember(ctx, token);
  await next();
}

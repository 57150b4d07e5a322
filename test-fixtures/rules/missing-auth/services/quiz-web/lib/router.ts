import { os, ORPCError } from "@orpc/server";

const player = os.$context<{ currentPlayer: () => Promise<{ id: string } | null> }>().use(async ({ context, next }) => {
  const current = await context.currentPlayer();
  if (!current) throw new ORPCError("UNAUTHORIZED");
  return next({ context: { player: current } });
});

export const quizRouter = {
  submit: player.route({ method: "POST", path: "/answers" }).handler(async ({ context }) => ({ by: context.player.id })),
};

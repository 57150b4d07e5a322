import { withMember } from "../../../../lib/with-member";

declare function isStaff(userId: string): Promise<boolean>;
declare function upgradePlan(userId: string): Promise<void>;

// Every caller is signed in by the wrapper; on preview deploys only staff may try the billing flow.
export const POST = withMember(async ({ userId }) => {
  // ok: fail-open-auth -- a further check on preview deploys; the wrapper authenticates every deploy
  if (process.env.DEPLOY_KIND === "preview") {
    const staff = await isStaff(userId);
    if (!staff) return new Response("Unauthorized: staff only", { status: 401 });
  }
  await upgradePlan(userId);
  return Response.json({ ok: true });
});

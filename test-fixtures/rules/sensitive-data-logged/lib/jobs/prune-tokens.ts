// A nightly job that prunes expired sign-in links and reports what it did.
import { PrismaClient } from "@prisma/client";

const db = new PrismaClient();

export async function pruneExpiredLinks(cutoff: Date): Promise<void> {
  const [magicLinkTokens, inviteTokens] = await Promise.all([
    db.magicLinkToken.deleteMany({ where: { expiresAt: { lt: cutoff } } }),
    db.inviteToken.deleteMany({ where: { expiresAt: { lt: cutoff } } }),
  ]);
  // ok: sensitive-data-logged -- a bulk delete resolves to how many rows it removed; only those numbers are logged
  console.log("pruned expired links", { magicLinkTokens: magicLinkTokens.count, inviteTokens: inviteTokens.count });

  const resetTokens = await db.resetToken.deleteMany({ where: { expiresAt: { lt: cutoff } } });
  // ok: sensitive-data-logged -- the same count from a single bulk delete
  console.info("pruned reset links", { resetTokens: resetTokens.count });
}

export async function reissueLink(email: string): Promise<void> {
  const link = await db.magicLinkToken.create({ data: { email, expiresAt: new Date(Date.now() + 900_000) } });
  // expect: sensitive-data-logged
  console.log("reissued link", { magicLinkToken: link.token });
}

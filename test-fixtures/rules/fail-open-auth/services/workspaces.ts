declare const db: { workspace: { findFirst(): Promise<{ id: string } | null>; create(input: { ownerId: string }): Promise<{ id: string }> } };

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** The single-tenant edition allows one workspace; the hosted edition any number. */
export async function createWorkspace(ownerId: string) {
  // ok: fail-open-auth -- an edition rule, not an auth check: the gated branch reads no credential
  if (!process.env.MULTI_TENANT) {
    const existing = await db.workspace.findFirst();
    if (existing) throw new HttpError(401, "Unauthorized: this edition holds one workspace");
  }
  return db.workspace.create({ ownerId });
}

// Asks the auth library who is calling and throws, with a plain Error, when nobody is: every handler that awaits it
// first stops there for an anonymous caller.
import { getServerSession } from "next-auth";
import { db } from "./db";

export async function getViewerProfile() {
  const session = await getServerSession();
  if (!session?.user) {
    throw new Error("No profile for this request");
  }
  return db.profile.findUnique({ where: { email: session.user.email ?? "" } });
}

// Looks a record up by the id it is handed: throwing when the row is missing says nothing about who is calling.
export async function getDraftOwner(ownerId: string) {
  const owner = await db.getUser(ownerId);
  if (!owner) throw new Error("Unknown owner");
  return owner;
}

// Looks an account up by the address it is handed, through a data layer's getUser: still a row, not the caller.
export async function getInviteeAccount(email: string) {
  const account = await db.getUser(email);
  if (!account) throw new Error("Unknown account");
  return account;
}

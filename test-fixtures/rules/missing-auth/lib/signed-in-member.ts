import { currentUser } from "./session";

/** The caller's member record; throws for an anonymous caller, so a handler that awaits it stops there. */
export async function signedInMember() {
  const user = await currentUser();
  if (!user) {
    throw new Error("Not signed in");
  }
  return { id: user.id, plan: "free" };
}

import { App } from "@octokit/app";
import { db } from "./db";

const github = new App({ appId: 1, privateKey: process.env.GH_KEY!, webhooks: { secret: process.env.GH_HOOK_SECRET! } });

/** Checks the delivery's signature with the app's webhook secret; a bad one answers a failure the route refuses. */
export async function acceptRepoEvent(payload: string, signature: string, id: string): Promise<{ accepted: boolean }> {
  try {
    await github.webhooks.verifyAndReceive({ id, name: "push", signature, payload });
  } catch {
    return { accepted: false };
  }
  await db.write("repo-events", payload);
  return { accepted: true };
}

/** The same delivery, its verification failure only logged: whatever arrives is stored. */
export async function recordRepoEvent(payload: string, signature: string, id: string): Promise<{ accepted: boolean }> {
  try {
    await github.webhooks.verifyAndReceive({ id, name: "push", signature, payload });
  } catch (error) {
    console.warn("unverified delivery", error);
  }
  await db.write("repo-events", payload);
  return { accepted: true };
}

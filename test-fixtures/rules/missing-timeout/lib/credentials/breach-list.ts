import { createHash } from "node:crypto";

export function digestOf(secret: string): string {
  return createHash("sha1").update(secret).digest("hex").toUpperCase();
}

export async function appearsInBreachList(secret: string): Promise<boolean> {
  const digest = digestOf(secret);
  // expect: missing-timeout
  const answer = await fetch(`https://breaches.example.com/range/${digest.slice(0, 5)}`);
  return (await answer.text()).includes(digest.slice(5));
}

// A second copy of the check that the signup flow stopped calling: nothing names it any more.
export async function appearsInBreachListLegacy(secret: string): Promise<boolean> {
  const digest = digestOf(secret);
  // ok: missing-timeout -- exported, yet neither this module nor any importer names it: the request is never sent
  const answer = await fetch(`https://breaches.example.com/v1/range/${digest.slice(0, 5)}`);
  return (await answer.text()).includes(digest.slice(5));
}

export interface BreachVerdict {
  breached: boolean;
}

// A default export is loaded by whatever runs this module (a page, a job runner), even though importers only take its types.
export default async function checkOnDemand(secret: string): Promise<BreachVerdict> {
  // expect: missing-timeout
  const answer = await fetch(`https://breaches.example.com/range/${digestOf(secret).slice(0, 5)}`);
  return { breached: (await answer.text()).includes(digestOf(secret).slice(5)) };
}

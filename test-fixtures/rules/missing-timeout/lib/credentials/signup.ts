import { appearsInBreachList, digestOf, type BreachVerdict } from "./breach-list";

export async function acceptPassword(secret: string): Promise<string> {
  if (await appearsInBreachList(secret)) throw new Error("This password appears in a known breach; choose another.");
  return digestOf(secret);
}

export function describe(verdict: BreachVerdict): string {
  return verdict.breached ? "found in a breach" : "not found";
}

// Asks the person at the terminal before deleting anything: only a developer runs a file that reads stdin.
import { createInterface } from "node:readline/promises";

export async function purgeStaleAccounts(): Promise<void> {
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await terminal.question("Delete stale accounts? (y/n) ");
  terminal.close();
  if (answer !== "y") return;
  // ok: missing-timeout -- reads process.stdin, so it is an interactive developer script wherever it lives
  await fetch("https://accounts.example.com/stale", { method: "DELETE" });
}

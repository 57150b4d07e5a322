// A one-shot export: it runs its own main() when executed and writes a local file.
import { writeFile } from "node:fs/promises";

async function main(): Promise<void> {
  // ok: missing-timeout -- a script in a tools folder that runs main() at load is developer tooling
  const response = await fetch("https://analytics.example.com/v1/usage/export");
  await writeFile("usage.json", await response.text());
}

main();

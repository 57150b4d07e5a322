import { readFileSync } from "node:fs";

/** Reads one vault entry from disk; a missing one fails with the path it tried. */
export function readVaultEntry(name: string): string {
  return readFileSync(`/var/vault/${name}.txt`, "utf8");
}

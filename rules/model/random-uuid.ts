// How a file reaches `randomUUID()`, shared by the fixes that write one: an existing `crypto` import, the edge
// runtime's global, or a new named import from `node:crypto`.
import type { FileSummary, Runtime } from "./types.js";

export function randomUuidCallFor(file: Pick<FileSummary, "imports">, runtime: Runtime): { text: string; needsImport: boolean } {
  for (const binding of file.imports) {
    if (binding.module !== "crypto" && binding.module !== "node:crypto") continue;
    if (binding.imported === "default" || binding.imported === "*") return { text: `${binding.local}.randomUUID()`, needsImport: false };
    if (binding.imported === "randomUUID") return { text: `${binding.local}()`, needsImport: false };
  }
  if (runtime === "edge") return { text: "crypto.randomUUID()", needsImport: false };
  return { text: "randomUUID()", needsImport: true };
}

// How a file reaches `randomUUID()`, shared by the fixes that write one: an existing `crypto` import, the runtime's
// global `crypto` (everywhere but Node before 19), or a named import from `node:crypto`.
import type { ImportBinding } from "./types.js";

const cryptoModules = new Set(["crypto", "node:crypto"]);

/** The call to write, and the module to import `randomUUID` from when the call needs that import. */
export function randomUuidCallFor(imports: readonly ImportBinding[], hasGlobal: boolean): { text: string; importFrom?: string } {
  const fromCrypto = imports.filter((binding) => cryptoModules.has(binding.module));
  for (const binding of fromCrypto) {
    if (binding.imported === "default" || binding.imported === "*") return { text: `${binding.local}.randomUUID()` };
    if (binding.imported === "randomUUID") return { text: `${binding.local}()` };
  }
  // A file that already imports from the crypto module keeps doing so: it runs on Node, and one import line stays one.
  const named = fromCrypto[0];
  if (named) return { text: "randomUUID()", importFrom: named.module };
  if (!hasGlobal) return { text: "randomUUID()", importFrom: "node:crypto" };
  // `crypto` bound to something else here (`import crypto from "crypto-js"`) hides the global.
  return { text: imports.some((binding) => binding.local === "crypto") ? "globalThis.crypto.randomUUID()" : "crypto.randomUUID()" };
}

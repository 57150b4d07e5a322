// How a file reaches a random UUID, shared by the fixes that write one: an existing `crypto` import, the runtime's
// global `crypto`, or a named import from Node's crypto module (its `randomBytes` where the Node a package admits has
// no `randomUUID`).
import type { RandomUuidSource } from "./runtimes.js";
import type { ImportBinding } from "./types.js";

const cryptoModules = new Set(["crypto", "node:crypto"]);

/** The call to write, and the name to import from which module when the call needs that import. */
export function randomUuidCallFor(imports: readonly ImportBinding[], source: RandomUuidSource): { text: string; importFrom?: string; imported: string } {
  const withRandomUuid = source.kind === "global" || source.hasRandomUuid;
  const imported = withRandomUuid ? "randomUUID" : "randomBytes";
  const call = withRandomUuid ? "()" : "(16).toString(\"hex\")";
  const fromCrypto = imports.filter((binding) => cryptoModules.has(binding.module));
  for (const binding of fromCrypto) {
    if (binding.imported === "default" || binding.imported === "*") return { text: `${binding.local}.${imported}${call}`, imported };
    if (binding.imported === imported) return { text: `${binding.local}${call}`, imported };
  }
  // A file that already imports from the crypto module keeps doing so: it runs on Node, and one import line stays one.
  const named = fromCrypto[0];
  if (named) return { text: `${imported}${call}`, importFrom: named.module, imported };
  if (source.kind === "module") return { text: `${imported}${call}`, importFrom: source.specifier, imported };
  // `crypto` bound to something else here (`import crypto from "crypto-js"`) hides the global.
  return { text: imports.some((binding) => binding.local === "crypto") ? "globalThis.crypto.randomUUID()" : "crypto.randomUUID()", imported };
}

// A fluent route builder: each method's spec may name a schema for the body. The builder only records the specs;
// `serveChain` parses the body with a spec's schema, or hands it on as it came when the spec names none.
import type { ZodType } from "zod";
import { serveChain, type ChainEntry } from "./chain-serve";

export interface ChainSpec {
  body?: ZodType;
}

export function chainRoute() {
  const entries = new Map<string, ChainEntry>();
  const builder = {
    POST: (spec: ChainSpec) => ({ handler: (run: ChainEntry["run"]) => (entries.set("POST", { spec, run }), builder) }),
    PUT: (spec: ChainSpec) => ({ handler: (run: ChainEntry["run"]) => (entries.set("PUT", { spec, run }), builder) }),
    toNextApiHandler: () => serveChain(entries),
  };
  return builder;
}

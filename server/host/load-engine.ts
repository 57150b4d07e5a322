// Loads the engine on first use. Its start-up (parsing TypeScript's compiler and the rules: ~0.35 s, 150 MB) is most
// of a `--cache` run whose files are unchanged, and such a run never needs it. Bundled, the engine is dist/engine.js
// beside the CLI and the worker (esbuild.mjs keeps it out of their bundles); under a TypeScript runner, engine.ts.
import type * as EngineModule from "./engine.js";

export type Engine = typeof EngineModule;

let engine: Engine | undefined;

export function loadEngine(): Engine {
  return (engine ??= require("./engine.js") as Engine);
}

/** Whether `error` is the engine's ConfigError; while the engine is not loaded nothing can have thrown one. */
export function isConfigError(error: unknown): error is Error {
  return engine !== undefined && error instanceof engine.ConfigError;
}

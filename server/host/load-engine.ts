// Loads the engine on first use. Its start-up (compiling and running TypeScript's compiler and the rules: ~0.3 s,
// 100 MB) is most of a `--cache` run on a few changed files, and a run on unchanged files never needs it. Bundled,
// the engine is dist/engine.js beside the CLI and the worker (esbuild.mjs keeps it out of their bundles); under a
// TypeScript runner, engine.ts.
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import * as vm from "node:vm";
import { threadId } from "node:worker_threads";
import type * as EngineModule from "./engine.js";

export type Engine = typeof EngineModule;

/** The compiled-code file starts with the hash of the bundle it was compiled from. */
const codeFileName = "engine-code.bin";
const bundleHashLength = 40;
let engine: Engine | undefined;
let codeDirectory: string | undefined;

export function loadEngine(): Engine {
  const bundlePath = path.join(__dirname, "engine.js");
  engine ??= codeDirectory !== undefined && fs.existsSync(bundlePath) ? runBundle(bundlePath, path.join(codeDirectory, codeFileName)) : (require("./engine.js") as Engine);
  return engine;
}

/** Whether `error` is the engine's ConfigError; while the engine is not loaded nothing can have thrown one. */
export function isConfigError(error: unknown): error is Error {
  return engine !== undefined && error instanceof engine.ConfigError;
}

/**
 * Before the engine's first load: keep V8's compiled code for the engine bundle in `directory` (the CLI's cache), which
 * spares most of its start-up in later runs and their workers. V8 itself rejects code from another Node or other flags.
 */
export function keepEngineCodeIn(directory: string): void {
  codeDirectory ??= directory;
}

/** Where the engine's compiled code is kept, for workers to load it from the same place. */
export function engineCodeDirectory(): string | undefined {
  return codeDirectory;
}

/** Runs the bundle as Node would require it, from the kept code when that was compiled from exactly this bundle. */
function runBundle(bundlePath: string, codePath: string): Engine {
  const bundle = fs.readFileSync(bundlePath);
  const bundleHash = createHash("sha1").update(bundle).digest("hex");
  const kept = readIfPresent(codePath);
  const cachedData = kept?.subarray(0, bundleHashLength).toString("latin1") === bundleHash ? kept.subarray(bundleHashLength) : undefined;
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${bundle.toString("utf8")}\n})`;
  const script = new vm.Script(wrapped, { filename: bundlePath, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundlePath), module, bundlePath, path.dirname(bundlePath));
  if (cachedData === undefined || script.cachedDataRejected) writeAtomically(codePath, Buffer.concat([Buffer.from(bundleHash, "latin1"), script.createCachedData()]));
  return module.exports as Engine;
}

function readIfPresent(filePath: string): Buffer | undefined {
  try {
    return fs.readFileSync(filePath);
  } catch {
    return undefined;
  }
}

/** A failed write only loses the kept code; workers of one process may race, so the temporary name has the thread. */
function writeAtomically(filePath: string, data: Buffer): void {
  const temporary = `${filePath}.${process.pid}-${threadId}.tmp`;
  try {
    fs.mkdirSync(path.dirname(filePath), { recursive: true });
    fs.writeFileSync(temporary, data);
    fs.renameSync(temporary, filePath);
  } catch {
    fs.rmSync(temporary, { force: true });
  }
}

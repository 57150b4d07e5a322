// Loads the engine on first use. Its start-up (compiling and running TypeScript's compiler and the rules: ~0.3 s,
// 100 MB) is most of a `--cache` run on a few changed files, and a run on unchanged files never needs it. Bundled,
// the engine is dist/engine.js beside the CLI and the worker (esbuild.mjs keeps it out of their bundles); under a
// TypeScript runner, engine.ts.
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import * as vm from "node:vm";
import type * as EngineModule from "./engine.js";

export type Engine = typeof EngineModule;

/** V8's compiled code for one engine bundle, kept in a file that starts with the bundle's hash. */
interface CodeCache {
  filePath: string;
  /** Set when this process compiled the bundle without usable cached code, so `saveEngineCode` has something to write. */
  compiled?: { script: vm.Script; bundleHash: string };
}

const bundleHashLength = 40;
let engine: Engine | undefined;
let codeCache: CodeCache | undefined;

export function loadEngine(): Engine {
  const bundlePath = path.join(__dirname, "engine.js");
  engine ??= codeCache && fs.existsSync(bundlePath) ? runBundle(bundlePath, codeCache) : (require("./engine.js") as Engine);
  return engine;
}

/** Whether `error` is the engine's ConfigError; while the engine is not loaded nothing can have thrown one. */
export function isConfigError(error: unknown): error is Error {
  return engine !== undefined && error instanceof engine.ConfigError;
}

/**
 * Before the engine's first load: reuse V8's compiled code for the engine bundle from `directory` (the CLI's cache),
 * which spares most of its start-up. V8 itself rejects code from another Node version or other flags.
 */
export function keepEngineCodeIn(directory: string): void {
  codeCache ??= { filePath: path.join(directory, "engine-code.bin") };
}

/** Writes the code of the engine as this run compiled it, when there was none usable; a failed write only loses it. */
export function saveEngineCode(): void {
  const compiled = codeCache?.compiled;
  if (!codeCache || !compiled) return;
  const temporary = `${codeCache.filePath}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(codeCache.filePath), { recursive: true });
    fs.writeFileSync(temporary, Buffer.concat([Buffer.from(compiled.bundleHash, "latin1"), compiled.script.createCachedData()]));
    fs.renameSync(temporary, codeCache.filePath);
  } catch {
    fs.rmSync(temporary, { force: true });
  }
  codeCache.compiled = undefined;
}

/** Runs the bundle as Node would require it, compiled from the cached code when that was made for exactly this bundle. */
function runBundle(bundlePath: string, cache: CodeCache): Engine {
  const bundle = fs.readFileSync(bundlePath);
  const bundleHash = createHash("sha1").update(bundle).digest("hex");
  const stored = readIfPresent(cache.filePath);
  const cachedData = stored?.subarray(0, bundleHashLength).toString("latin1") === bundleHash ? stored.subarray(bundleHashLength) : undefined;
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${bundle.toString("utf8")}\n})`;
  const script = new vm.Script(wrapped, { filename: bundlePath, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) cache.compiled = { script, bundleHash };
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundlePath), module, bundlePath, path.dirname(bundlePath));
  return module.exports as Engine;
}

function readIfPresent(filePath: string): Buffer | undefined {
  try {
    return fs.readFileSync(filePath);
  } catch {
    return undefined;
  }
}

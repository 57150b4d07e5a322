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
import { readFileSafely, writePrivateFile } from "./user-cache.js";

export type Engine = typeof EngineModule;

const codeFilePrefix = "engine-";
const codeFileSuffix = ".bin";
/** Compiled code older than this, from other builds of the engine, is removed when new code is kept. */
const staleCodeMs = 30 * 24 * 60 * 60 * 1000;
let engine: Engine | undefined;
let codeDirectory: string | undefined;

export function loadEngine(): Engine {
  const bundlePath = path.join(__dirname, "engine.js");
  engine ??= codeDirectory !== undefined && fs.existsSync(bundlePath) ? runBundle(bundlePath, codeDirectory) : (require("./engine.js") as Engine);
  return engine;
}

/** Whether `error` is the engine's ConfigError; while the engine is not loaded nothing can have thrown one. */
export function isConfigError(error: unknown): error is Error {
  return engine !== undefined && error instanceof engine.ConfigError;
}

/**
 * Before the engine's first load: keep V8's compiled code for the engine bundle in `directory`, which spares most of
 * its start-up in later runs and their workers. Only ever the per-user cache directory `openUserCache` checked, never a
 * workspace's: V8 runs cached code for any source of the same length, so whoever can write the file can run code.
 */
export function keepEngineCodeIn(directory: string): void {
  codeDirectory ??= directory;
}

/** Where the engine's compiled code is kept, for workers to load it from the same place. */
export function engineCodeDirectory(): string | undefined {
  return codeDirectory;
}

/**
 * Runs the bundle as Node would require it, from the kept code compiled from exactly this bundle under this Node (the
 * file is named by their hash) when there is some, private to this user.
 */
function runBundle(bundlePath: string, directory: string): Engine {
  const bundle = fs.readFileSync(bundlePath);
  const codeHash = createHash("sha256").update(bundle).update(`\0${process.version}\0${process.arch}`).digest("hex").slice(0, 32);
  const codePath = path.join(directory, `${codeFilePrefix}${codeHash}${codeFileSuffix}`);
  const cachedData = readFileSafely(codePath, { privateToUser: true });
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${bundle.toString("utf8")}\n})`;
  const script = new vm.Script(wrapped, { filename: bundlePath, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundlePath), module, bundlePath, path.dirname(bundlePath));
  if ((cachedData === undefined || script.cachedDataRejected) && writePrivateFile(codePath, script.createCachedData())) removeStaleCode(directory, codePath);
  return module.exports as Engine;
}

/** Other builds' compiled code not rewritten for a month: each is megabytes, and an upgrade leaves the old one behind. */
function removeStaleCode(directory: string, kept: string): void {
  try {
    for (const name of fs.readdirSync(directory)) {
      const filePath = path.join(directory, name);
      if (filePath === kept || !name.startsWith(codeFilePrefix) || !name.endsWith(codeFileSuffix)) continue;
      if (Date.now() - fs.lstatSync(filePath).mtimeMs > staleCodeMs) fs.rmSync(filePath, { force: true });
    }
  } catch {
    // Another run may be pruning too; what is left goes next time.
  }
}

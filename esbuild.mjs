// Bundles the headless CLI (dist/cli.js, its lint worker dist/lint-worker.js and the engine both load on first use,
// dist/engine.js), the language server (dist/server.js) and the VS Code extension (dist/extension.js; `vscode` is
// provided by the editor).
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join, resolve } from "node:path";
import { getLibFiles } from "@ts-morph/common";
import { build } from "esbuild";

/** A hash of every rule and host source: caches keyed by it are dropped when the engine's code changes. */
function engineBuildId() {
  const hash = createHash("sha1");
  const visit = (directory) => {
    for (const entry of readdirSync(directory, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(directory, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.name.endsWith(".ts")) hash.update(full).update(readFileSync(full));
    }
  };
  ["rules", "server"].forEach(visit);
  return hash.digest("hex").slice(0, 12);
}

// We use only ts-morph's `ts`: the TypeScript compiler it ships (@ts-morph/common/dist/typescript.js), which it
// re-exports through a namespace of getters. Bound straight to that module, `ts` is a plain variable (no extra getter
// call at every `ts.isX(node)` on the hot path) and the rest of ts-morph is neither bundled nor evaluated at start-up.
// Importing anything else from ts-morph fails the build.
const tsFromTsMorph = {
  name: "ts-from-ts-morph",
  setup(build) {
    build.onResolve({ filter: /^ts-morph$/ }, (args) =>
      args.namespace === "file" && !args.importer.includes("node_modules") ? { path: "ts-morph", namespace: "ts-morph-ts" } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "ts-morph-ts" }, () => ({
      contents: 'export const ts = require("@ts-morph/common/dist/typescript.js");\n',
      resolveDir: import.meta.dirname,
    }));
  },
};

// The CLI and its worker require the engine lazily (server/host/load-engine.ts): it stays a file of its own beside them,
// so a run answered from the cache never parses TypeScript's compiler.
const engineLoader = resolve("server/host/load-engine.ts");
const engineBesideBundle = {
  name: "engine-beside-bundle",
  setup(build) {
    build.onResolve({ filter: /^\.\/engine\.js$/ }, (args) => (args.importer === engineLoader ? { path: "./engine.js", external: true } : undefined));
  },
};

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: true,
  logLevel: "warning",
  plugins: [tsFromTsMorph],
  define: { HARDEN_ENGINE_BUILD: JSON.stringify(engineBuildId()) },
};

// TypeScript's lib files, read by the fix verifier (server/host/fix-verifier.ts) when it type-checks fixed files.
const libFolder = "dist/typescript-lib";
rmSync(libFolder, { recursive: true, force: true });
mkdirSync(libFolder, { recursive: true });
for (const { fileName, text } of getLibFiles()) writeFileSync(join(libFolder, basename(fileName)), text);

// @types/node and the undici-types it imports, for the fix verifier to check a project that declares @types/node but
// has not installed it as its install would (server/host/fix-verifier.ts). Copied, not a dependency: the bundles and
// the .vsix carry no node_modules of Harden's. Laid out as node_modules so @types/node's own imports resolve.
const nodeTypesFolder = "dist/node-types";
rmSync(nodeTypesFolder, { recursive: true, force: true });
for (const name of ["@types/node", "undici-types"]) {
  const from = dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
  const shipped = (source) => statSync(source).isDirectory() ? basename(source) !== "ts5.6" : /(\.d\.ts|package\.json|LICENSE)$/.test(source);
  cpSync(from, join(nodeTypesFolder, "node_modules", name), { recursive: true, filter: shipped });
}

const cliPlugins = [tsFromTsMorph, engineBesideBundle];
await build({ ...common, plugins: cliPlugins, entryPoints: ["server/cli/main.ts"], outfile: "dist/cli.js", banner: { js: "#!/usr/bin/env node" } });
await build({ ...common, plugins: cliPlugins, entryPoints: ["server/host/lint-worker.ts"], outfile: "dist/lint-worker.js" });
await build({ ...common, entryPoints: ["server/host/engine.ts"], outfile: "dist/engine.js" });
await build({ ...common, entryPoints: ["client/extension.ts"], outfile: "dist/extension.js", external: ["vscode"] });
await build({ ...common, entryPoints: ["server/lsp/main.ts"], outfile: "dist/server.js" });

// Monorepos: the link step follows the project's own module aliases (tsconfig `paths` through `extends`, workspace
// package names) to a guard or validator defined in another package, so missing-auth and missing-input-validation
// recognise it there; each file is analysed once whatever the tsconfigs say, files in no tsconfig included; a tsconfig
// that cannot be used is a one-line notice. Units for the matcher, the discovery and the resolution; then the bundled
// CLI on test-fixtures/workspaces/monorepo and edited copies of it, cold and cached.
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseSource } from "../rules/engine/analyze.js";
import type { ModuleAlias, ProjectSettings } from "../rules/engine/types.js";
import { matchModuleAlias } from "../rules/model/module-alias-match.js";
import { ProjectModel } from "../rules/model/project-model.js";
import { summarizeFile } from "../rules/model/summarize.js";
import { discoverModuleAliases, pnpmPackagePatterns } from "../server/host/module-aliases.js";
import { locateProject } from "../server/host/project-location.js";
import { loadProjectSetup } from "../server/host/project-setup.js";
import { KeptReads, loadSources } from "../server/host/read-source.js";
import { cookieNamesIn, filesReachableFrom, scanText, type ReachOptions } from "../server/host/reachable-files.js";
import { findSourceFiles } from "../server/host/source-files.js";
import { registry } from "../rules/index.js";
import { ProjectHost } from "../server/host/project-host.js";
import { bareSettings, listSourceFiles, readExpectations } from "./fixture-harness.js";
import { loadAll } from "./host-edits.js";

const repoRoot = path.resolve(__dirname, "..");
const cli = path.join(repoRoot, "dist/cli.js");
const monorepo = path.join(repoRoot, "test-fixtures/workspaces/monorepo");

const temporaryDirectories: string[] = [];

function temporaryDirectory(): string {
  const directory = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "harden-monorepo-")));
  temporaryDirectories.push(directory);
  return directory;
}

/** Writes `files` (relative path -> text) under a new temporary directory and returns it. */
function writeProject(files: Record<string, string>): string {
  const root = temporaryDirectory();
  for (const [relative, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    fs.writeFileSync(path.join(root, relative), text);
  }
  return root;
}

/** The scan options of `filesReachableFrom`, from each file's text as `textOf` gives it. */
function scansOf(textOf: (filePath: string) => string | undefined): Pick<ReachOptions, "scanOf" | "cookieNamesIn"> {
  return {
    scanOf: (filePath) => {
      const text = textOf(filePath);
      return text === undefined ? undefined : scanText(filePath, text);
    },
    cookieNamesIn: (filePath, names) => cookieNamesIn(textOf(filePath) ?? "", names),
  };
}

function copyMonorepo(): string {
  const directory = temporaryDirectory();
  fs.cpSync(monorepo, directory, { recursive: true });
  return directory;
}

function edit(filePath: string, from: string | RegExp, to: string): void {
  const text = fs.readFileSync(filePath, "utf8");
  const edited = text.replace(from, to);
  assert.notEqual(edited, text, `${filePath} has no ${from}`);
  fs.writeFileSync(filePath, edited);
}

after(() => {
  for (const directory of temporaryDirectories) fs.rmSync(directory, { recursive: true, force: true });
});

describe("matchModuleAlias", () => {
  it("matches exact names and `*` patterns as TypeScript's paths do", () => {
    assert.equal(matchModuleAlias("@acme/auth", "@acme/auth"), "");
    assert.equal(matchModuleAlias("@acme/auth", "@acme/auth/guards"), undefined);
    assert.equal(matchModuleAlias("@acme/*", "@acme/auth"), "auth");
    assert.equal(matchModuleAlias("@acme/*", "@acme/auth/guards"), "auth/guards");
    assert.equal(matchModuleAlias("@acme/*", "@acme"), undefined);
    assert.equal(matchModuleAlias("@acme/*", "@acme/"), "");
    assert.equal(matchModuleAlias("*", "express"), "express");
    assert.equal(matchModuleAlias("lib/*.js", "lib/auth.js"), "auth");
    assert.equal(matchModuleAlias("lib/*.js", "lib/auth.ts"), undefined);
    // The prefix and the suffix may not overlap.
    assert.equal(matchModuleAlias("ab*ba", "aba"), undefined);
  });
});

describe("discoverModuleAliases", () => {
  it("follows `extends`: inherited paths stay relative to the tsconfig that declared them, baseUrl to its own", () => {
    const root = writeProject({
      "tsconfig.base.json": `// comments and trailing commas are tsconfig\n{ "compilerOptions": { "paths": { "@acme/*": ["packages/*/src"], }, }, }`,
      "apps/api/tsconfig.json": `{ "extends": "../../tsconfig.base.json" }`,
      "apps/web/tsconfig.json": `{ "extends": "../../tsconfig.base", "compilerOptions": { "baseUrl": "src", "paths": { "@/*": ["*"], "@/auth": ["lib/auth"] } } }`,
      "apps/cli/tsconfig.json": `{ "extends": "@tsconfig/not-installed/tsconfig.json", "compilerOptions": { "baseUrl": "." } }`,
    });
    const { aliases, notices } = discoverModuleAliases(root);
    assert.deepEqual(notices, []);
    const at = (...parts: string[]): string => path.join(root, ...parts);
    assert.deepEqual(aliases, [
      { scope: at("apps/api"), pattern: "@acme/*", targets: [at("packages/*/src")] },
      { scope: at("apps/cli"), pattern: "*", targets: [at("apps/cli/*")] },
      // The exact pattern first, then wildcards by their prefix; baseUrl's catch-all last.
      { scope: at("apps/web"), pattern: "@/auth", targets: [at("apps/web/src/lib/auth")] },
      { scope: at("apps/web"), pattern: "@/*", targets: [at("apps/web/src/*")] },
      { scope: at("apps/web"), pattern: "*", targets: [at("apps/web/src/*")] },
      { scope: root, pattern: "@acme/*", targets: [at("packages/*/src")] },
    ] satisfies ModuleAlias[]);
  });

  it("reads the variables an env template gives a value, whichever spelling the project uses (`.env-template`)", () => {
    const root = writeProject({
      "package.json": `{ "name": "mono", "private": true, "workspaces": ["apps/*"] }`,
      ".env-template": "# Copy to .env\nDATABASE_URL=postgres://localhost/app\nBILLING_TOKEN=\n",
      "apps/api/package.json": `{ "name": "api" }`,
      "deploy/server/package.json": `{ "name": "server" }`,
      "deploy/server/.env.example": "PORT=8080\n",
    });
    const { packages } = discoverModuleAliases(root);
    const valued = packages.map((manifest) => [path.relative(root, manifest.packageRoot), manifest.envTemplateValued] as const).sort(([a], [b]) => a.localeCompare(b));
    assert.deepEqual(valued, [["", ["DATABASE_URL"]], ["apps/api", ["DATABASE_URL"]], ["deploy/server", ["PORT"]]]);
  });

  it("gives a package nested in another app's folder, outside any workspace, no env template of that app: it is installed and started on its own settings", () => {
    const root = writeProject({
      "package.json": `{ "name": "meeting-app" }`,
      ".env.template": "SIGNING_KEY=change-me\n",
      "uploader/package.json": `{ "name": "uploader" }`,
      "tools/scripts/package.json": `{ "name": "scripts" }`,
    });
    const rootless = writeProject({
      ".env.example": "SIGNING_KEY=change-me\n",
      "server/package.json": `{ "name": "server" }`,
    });
    const templateOf = (project: string, folder: string) => discoverModuleAliases(project).packages.find((manifest) => manifest.packageRoot === path.join(project, folder))?.envTemplate;
    assert.equal(templateOf(root, "uploader"), undefined);
    assert.equal(templateOf(root, ""), path.join(root, ".env.template"));
    // A folder with no package.json of its own (compose files and their .env beside the app's packages) still configures them.
    assert.equal(templateOf(rootless, "server"), path.join(rootless, ".env.example"));
  });

  it("reads a JavaScript package's jsconfig.json paths as a tsconfig's, also below a root with no package.json", () => {
    const root = writeProject({
      "packages/server/jsconfig.json": `{ "compilerOptions": { "baseUrl": ".", "paths": { "@/guards/*": ["src/guards/*"] } } }`,
      "packages/server/package.json": `{ "name": "server", "type": "module" }`,
    });
    const { aliases, notices } = discoverModuleAliases(root);
    assert.deepEqual(notices, []);
    assert.deepEqual(aliases, [
      { scope: path.join(root, "packages/server"), pattern: "@/guards/*", targets: [path.join(root, "packages/server/src/guards/*")] },
      { scope: path.join(root, "packages/server"), pattern: "*", targets: [path.join(root, "packages/server/*")] },
    ] satisfies ModuleAlias[]);
  });

  it("lists each package.json's name, what it declares (and what only for development), and the version range of its schema validators, so fixes import only modules their package can resolve in the API of that major", () => {
    const root = writeProject({
      "package.json": JSON.stringify({ workspaces: ["apps/*"], devDependencies: { typescript: "5" } }),
      "apps/api/package.json": JSON.stringify({ name: "api", dependencies: { zod: "3", express: "4" }, peerDependencies: { helmet: "7" } }),
      "apps/web/package.json": `{ "name": "web", "dependencies": [] }`,
    });
    const at = (...parts: string[]): string => path.join(root, ...parts);
    const { packages } = discoverModuleAliases(root);
    assert.deepEqual(
      [...packages].sort((a, b) => a.packageRoot.localeCompare(b.packageRoot)),
      [
        { packageRoot: root, dependencies: ["typescript"], developmentOnly: ["typescript"] },
        { packageRoot: at("apps/api"), name: "api", dependencies: ["express", "helmet", "zod"], validatorVersions: { zod: "3" } },
        { packageRoot: at("apps/web"), name: "web", dependencies: [] },
      ],
    );
    const model = new ProjectModel([], bareSettings(root, { packages }));
    assert.equal(model.declaresDependency(at("apps/api/src/routes.ts"), "zod"), true);
    // The workspace root's dependencies do not resolve from a package under a strict install.
    assert.equal(model.declaresDependency(at("apps/web/src/page.ts"), "typescript"), false);
    assert.equal(model.declaresDependency(at("scripts/seed.ts"), "typescript"), true);
    // A production install leaves devDependencies out: code that runs may import only the others.
    assert.equal(model.declaresRuntimeDependency(at("scripts/seed.ts"), "typescript"), false);
    assert.equal(model.declaresRuntimeDependency(at("apps/api/src/routes.ts"), "helmet"), true);
  });

  it("lists the source files a package's seed commands run, and nothing its other scripts run", () => {
    const root = writeProject({
      "apps/api/package.json": JSON.stringify({
        name: "api",
        scripts: { start: "node dist/main.js", dev: "tsx watch src/main.ts", "db:seed:demo": "dotenv -e ../../.env -- tsx ./fill-demo.mts && echo done", populate: "node './tools/bulk-load.js'" },
        prisma: { seed: "ts-node --transpile-only prisma/bootstrap.ts" },
      }),
    });
    const at = (...parts: string[]): string => path.join(root, ...parts);
    const { packages } = discoverModuleAliases(root);
    assert.deepEqual(packages.find((manifest) => manifest.packageRoot === at("apps/api"))?.developerScripts, [at("apps/api/fill-demo.mts"), at("apps/api/prisma/bootstrap.ts"), at("apps/api/tools/bulk-load.js")]);
  });

  it("lists a launcher only the development scripts run, not the development run of the deployed entry", () => {
    const root = writeProject({
      "apps/api/package.json": JSON.stringify({
        name: "api",
        scripts: { start: "node dist/main.js", dev: "tsx watch src/main.ts", "dev:local": "tsx src/main-local.ts", "start:dev": "node dist/main-local.js" },
      }),
      "apps/web/package.json": JSON.stringify({ name: "web", scripts: { dev: "tsx src/dev-server.ts" } }),
    });
    const at = (...parts: string[]): string => path.join(root, ...parts);
    const { packages } = discoverModuleAliases(root);
    assert.deepEqual(packages.find((manifest) => manifest.packageRoot === at("apps/api"))?.developerScripts, [at("apps/api/dist/main-local.js"), at("apps/api/src/main-local.ts")]);
    // No production script names a file: the development entry may be the deployed one.
    assert.equal(packages.find((manifest) => manifest.packageRoot === at("apps/web"))?.developerScripts, undefined);
  });

  it("lists the files that start a package's processes: its entries, its scripts but its checks, and what the launchers beside it name", () => {
    const root = writeProject({
      "services/relay/package.json": JSON.stringify({
        name: "relay",
        main: "dist/index.js",
        bin: { "relay-admin": "./bin/admin.js" },
        scripts: { start: "node dist/server.js", "start:jobs": "tsx src/jobs/runner.ts", test: "node --test dist/old-server.test.js", lint: "eslint src/legacy.ts" },
      }),
      "services/relay/Procfile": "web: node dist/server.js\nmailer: node dist/mail/outbox.js --queue=mail\n",
      "services/relay/Dockerfile": 'FROM node:20-slim\nCMD ["node", "dist/metrics-server.js"]\n',
      "services/relay/serverless.yml": "functions:\n  hooks:\n    handler: src/handlers/hooks.main\n",
    });
    const at = (...parts: string[]): string => path.join(root, "services/relay", ...parts);
    const { packages } = discoverModuleAliases(root);
    assert.deepEqual(packages.find((manifest) => manifest.packageRoot === at())?.launchedFiles, [
      at("bin/admin.js"),
      at("dist/index.js"),
      at("dist/mail/outbox.js"),
      at("dist/metrics-server.js"),
      at("dist/server.js"),
      at("src/handlers/hooks"),
      at("src/jobs/runner.ts"),
    ]);
  });

  it("lists the folders a package's scripts copy whole into its build, not its own source folder", () => {
    const root = writeProject({
      "packages/cli/package.json": JSON.stringify({
        name: "cli",
        scripts: {
          build: "tsc -p tsconfig.json && cp -r src/init/starters/web* dist/src/init/starters && cp -R 'src/init/ci/' dist/ci",
          bundle: "cp -r src dist/src && cp src/index.js dist/ && cp -r ../shared/assets dist/assets",
        },
      }),
    });
    const at = (...parts: string[]): string => path.join(root, ...parts);
    const { packages } = discoverModuleAliases(root);
    assert.deepEqual(packages.find((manifest) => manifest.packageRoot === at("packages/cli"))?.copiedFolders, [at("packages/cli/src/init/ci") + path.sep, at("packages/cli/src/init/starters/web")]);
  });

  it("never reads a base outside the project root", () => {
    const sandbox = temporaryDirectory();
    fs.writeFileSync(path.join(sandbox, "tsconfig.base.json"), `{ "compilerOptions": { "paths": { "@outside/*": ["src/*"] } } }`);
    fs.mkdirSync(path.join(sandbox, "node_modules/@tsconfig/outside"), { recursive: true });
    fs.writeFileSync(path.join(sandbox, "node_modules/@tsconfig/outside/tsconfig.json"), `{ "compilerOptions": { "baseUrl": "." } }`);
    const root = path.join(sandbox, "project");
    fs.mkdirSync(root);
    fs.writeFileSync(path.join(root, "tsconfig.json"), JSON.stringify({ extends: ["../tsconfig.base.json", path.join(sandbox, "tsconfig.base.json"), "@tsconfig/outside"] }));
    assert.deepEqual(discoverModuleAliases(root), { aliases: [], packages: [], notices: [] });
  });

  it("maps each workspace package's name to its entry's source and its folder", () => {
    const root = writeProject({
      "package.json": JSON.stringify({ workspaces: { packages: ["packages/*", "!packages/private"] } }),
      "packages/auth/package.json": JSON.stringify({ name: "@acme/auth", main: "dist/index.js", types: "dist/index.d.ts" }),
      "packages/validation/package.json": JSON.stringify({ name: "@acme/validation", exports: { ".": { import: "./dist/esm/parse.mjs" } } }),
      "packages/private/package.json": JSON.stringify({ name: "@acme/private" }),
      "packages/unnamed/package.json": "{}",
      "tools/package.json": JSON.stringify({ name: "@acme/tools" }),
    });
    const { aliases, notices } = discoverModuleAliases(root);
    assert.deepEqual(notices, []);
    const at = (...parts: string[]): string => path.join(root, ...parts);
    assert.deepEqual(aliases, [
      { scope: root, pattern: "@acme/auth", targets: [at("packages/auth/dist/index"), at("packages/auth/src/index"), at("packages/auth/index")] },
      { scope: root, pattern: "@acme/auth/*", targets: [at("packages/auth/*"), at("packages/auth/src/*")] },
      {
        scope: root,
        pattern: "@acme/validation",
        targets: [at("packages/validation/dist/esm/parse"), at("packages/validation/src/esm/parse"), at("packages/validation/src/index"), at("packages/validation/index")],
      },
      { scope: root, pattern: "@acme/validation/*", targets: [at("packages/validation/*"), at("packages/validation/src/*")] },
    ] satisfies ModuleAlias[]);
  });

  it("maps a package's built entry to the folder its own tsconfig compiles from (`rootDir` into `outDir`)", () => {
    const root = writeProject({
      "package.json": JSON.stringify({ workspaces: ["packages/*"] }),
      "packages/flags/package.json": JSON.stringify({ name: "@acme/flags", main: "./dist/index.js" }),
      "packages/flags/tsconfig.json": `{ // compiled from lib/\n "compilerOptions": { "rootDir": "lib", "outDir": "dist" } }`,
    });
    const { aliases, notices } = discoverModuleAliases(root);
    assert.deepEqual(notices, []);
    const at = (...parts: string[]): string => path.join(root, ...parts);
    assert.deepEqual(aliases[0]?.targets, [at("packages/flags/dist/index"), at("packages/flags/lib/index"), at("packages/flags/src/index"), at("packages/flags/index")]);
  });

  it("reads a plain pnpm-workspace.yaml and skips any other shape", () => {
    assert.deepEqual(pnpmPackagePatterns(`packages:\n  - "apps/*"\n  - 'packages/*' # shared\n\n  - tools\n  - "!**/test/**"\ncatalog:\n  zod: ^4\n`), [
      "apps/*",
      "packages/*",
      "tools",
      "!**/test/**",
    ]);
    assert.deepEqual(pnpmPackagePatterns("onlyBuiltDependencies:\n  - esbuild\n"), []);
    assert.equal(pnpmPackagePatterns(`packages: ["apps/*"]\n`), undefined);
    assert.equal(pnpmPackagePatterns(`packages:\n  - name: apps\n    path: apps/*\n`), undefined);
    const root = writeProject({
      "pnpm-workspace.yaml": "packages:\n  - packages/*\n",
      "packages/auth/package.json": JSON.stringify({ name: "@acme/auth" }),
    });
    assert.deepEqual(
      discoverModuleAliases(root).aliases.map((alias) => alias.pattern),
      ["@acme/auth", "@acme/auth/*"],
    );
    const flow = writeProject({ "pnpm-workspace.yaml": `packages: ["packages/*"]\n`, "packages/auth/package.json": JSON.stringify({ name: "@acme/auth" }) });
    const discovery = discoverModuleAliases(flow);
    assert.deepEqual(discovery.aliases, []);
    assert.equal(discovery.notices.length, 1);
  });

  it("skips what it cannot use with a one-line notice (invalid JSON, an `extends` cycle, a huge or deeply nested file), and a missing base quietly", () => {
    const root = writeProject({
      "broken/tsconfig.json": `{ "compilerOptions": { "paths": { "@x/*": ["src/*"] } `,
      "cycle/tsconfig.json": `{ "extends": "./tsconfig.other.json", "compilerOptions": { "paths": { "@cycle/*": ["src/*"] } } }`,
      "cycle/tsconfig.other.json": `{ "extends": "./tsconfig.json" }`,
      "missing/tsconfig.json": `{ "extends": "../nowhere.json", "compilerOptions": { "paths": { "@missing/*": ["src/*"] } } }`,
      "huge/tsconfig.json": `{ "compilerOptions": { "paths": {} }, "files": [${'"a.ts",'.repeat(200_000)} "b.ts"] }`,
      "list/tsconfig.json": `["not", "an", "object"]`,
      // With a comment: strict JSON is read by JSON.parse, which has no depth limit; TypeScript's JSONC reader recurses.
      "deep/tsconfig.json": `{ // generated\n "compilerOptions": ${"[".repeat(100_000)}${"]".repeat(100_000)} }`,
      "good/tsconfig.json": `{ "compilerOptions": { "paths": { "@good/*": ["src/*"] } } }`,
    });
    const { aliases, notices } = discoverModuleAliases(root);
    for (const notice of notices) {
      assert.ok(!notice.message.includes("\n") && !notice.message.includes("    at "), notice.message);
    }
    const byFile = notices.map((notice) => `${path.relative(root, notice.filePath)}: ${notice.message}`).sort();
    assert.deepEqual(byFile, [
      "broken/tsconfig.json: invalid JSON at line 1 ('}' expected.); its module aliases are ignored",
      "cycle/tsconfig.other.json: `extends` leads back to tsconfig.json; the options it would inherit are ignored",
      "deep/tsconfig.json: nested too deeply to read; its module aliases are ignored",
      "huge/tsconfig.json: larger than 1 MB; its module aliases are ignored",
      "list/tsconfig.json: not a JSON object; its module aliases are ignored",
    ]);
    // The cycle and the missing base lose only what they would inherit.
    assert.deepEqual(aliases.map((alias) => alias.pattern).sort(), ["@cycle/*", "@good/*", "@missing/*"]);
  });
});

describe("ProjectModel.resolveModule with module aliases", () => {
  const root = path.join(os.tmpdir(), "harden-monorepo-model");
  const summarize = (relative: string, text: string) => summarizeFile(path.join(root, relative), parseSource(path.join(root, relative), text));
  const files = [
    summarize("packages/auth/src/index.ts", `export { mustBeSignedIn } from "./must-be-signed-in";`),
    summarize(
      "packages/auth/src/must-be-signed-in.ts",
      `export function mustBeSignedIn(req, res, next) { if (!req.headers.authorization) return res.status(401).end(); next(); }`,
    ),
    summarize("apps/api/src/lib/session.ts", `export const session = 1;`),
    summarize("apps/api/src/routes/orders.ts", `import { mustBeSignedIn } from "@acme/auth"; import { session } from "@lib/session";`),
    summarize("apps/web/src/lib/session.ts", `export const session = 2;`),
    summarize("src/lib/db.ts", `export const db = 3;`),
  ];
  const settings = (moduleAliases: ModuleAlias[]): ProjectSettings => bareSettings(root, { moduleAliases });
  const at = (relative: string): string => path.join(root, relative);
  const orders = at("apps/api/src/routes/orders.ts");

  it("tries the aliases whose scope holds the importing file, each target in order", () => {
    const project = new ProjectModel(
      files,
      settings([
        { scope: at("apps/api"), pattern: "@lib/*", targets: [at("apps/api/src/missing/*"), at("apps/api/src/lib/*")] },
        { scope: at("apps/web"), pattern: "@lib/*", targets: [at("apps/web/src/lib/*")] },
        { scope: root, pattern: "@acme/auth", targets: [at("packages/auth/dist/index"), at("packages/auth/src/index")] },
      ]),
    );
    assert.equal(project.resolveModule("@lib/session", orders), at("apps/api/src/lib/session.ts"));
    assert.equal(project.resolveModule("@lib/session", at("apps/web/src/page.ts")), at("apps/web/src/lib/session.ts"));
    assert.equal(project.resolveModule("@lib/session", at("apps/webhooks/src/page.ts")), undefined, "a sibling folder sharing a prefix is out of scope");
    assert.equal(project.resolveModule("@acme/auth", orders), at("packages/auth/src/index.ts"));
    assert.equal(project.resolveModule("express", orders), undefined);
    assert.ok(project.isAuthGuard({ name: "mustBeSignedIn", kind: "middleware" }, orders), "the guard is followed through the alias and the re-export");
  });

  it("keeps the `@/` and `~/` fallbacks, and no alias means no link", () => {
    const project = new ProjectModel(files, settings([]));
    assert.equal(project.resolveModule("@/lib/db", orders), at("src/lib/db.ts"));
    assert.equal(project.resolveModule("~/lib/db", orders), at("src/lib/db.ts"));
    assert.equal(project.resolveModule("@acme/auth", orders), undefined);
    assert.ok(!project.isAuthGuard({ name: "mustBeSignedIn", kind: "middleware" }, orders));
  });
});

describe("filesReachableFrom", () => {
  it("takes an app's own files and the workspace packages they import, not the other apps", () => {
    const location = locateProject(path.join(monorepo, "apps/api"));
    const { config } = loadProjectSetup(location, (filePath) => filePath, undefined);
    const filter = { root: location.root, ignore: config.ignore };
    const texts = new Map<string, number>();
    const reached = filesReachableFrom(findSourceFiles(path.join(monorepo, "apps/api"), filter), findSourceFiles(monorepo, filter), {
      root: location.root,
      moduleAliases: config.settings.moduleAliases ?? [],
      ...scansOf((filePath) => {
        texts.set(filePath, (texts.get(filePath) ?? 0) + 1);
        return fs.readFileSync(filePath, "utf8");
      }),
    });
    assert.deepEqual(
      reached.map((filePath) => path.relative(monorepo, filePath).split(path.sep).join("/")),
      ["apps/api/src/db.ts", "apps/api/src/routes/orders.ts", "apps/api/src/routes/refunds.ts", "packages/auth/src/index.ts", "packages/auth/src/must-be-signed-in.ts", "packages/auth/src/tokens.ts", "packages/validation/src/index.ts"],
    );
    assert.ok([...texts.values()].every((count) => count === 1), "each file's text is scanned once");
  });

  it("reads each file once: the load takes the texts the import scan kept, and reads again only past the budget", () => {
    const location = locateProject(path.join(monorepo, "apps/api"));
    const { config } = loadProjectSetup(location, (filePath) => filePath, undefined);
    const filter = { root: location.root, ignore: config.ignore };
    const projectFiles = findSourceFiles(monorepo, filter);
    const readsWithin = (budgetChars: number, withStamps: boolean): { reads: KeptReads; loaded: ReturnType<typeof loadSources> } => {
      const reads = new KeptReads(budgetChars, withStamps);
      const reached = filesReachableFrom(findSourceFiles(path.join(monorepo, "apps/api"), filter), projectFiles, {
        root: location.root,
        moduleAliases: config.settings.moduleAliases ?? [],
        ...scansOf((filePath) => {
          const read = reads.read(filePath);
          return "text" in read ? read.text : undefined;
        }),
      });
      return { reads, loaded: loadSources(reached, undefined, withStamps ? () => false : undefined, reads) };
    };
    const whole = readsWithin(Number.MAX_SAFE_INTEGER, false);
    assert.equal(whole.reads.readsFromDisk, projectFiles.length);
    assert.deepEqual(
      whole.loaded.sources.map((source) => source.text),
      whole.loaded.sources.map((source) => fs.readFileSync(source.filePath, "utf8")),
    );
    // Stamped as the cache wants: each stamp taken when the scan read the file.
    const stamped = readsWithin(Number.MAX_SAFE_INTEGER, true);
    assert.equal(stamped.reads.readsFromDisk, projectFiles.length);
    assert.ok(stamped.loaded.inputs.every((input) => input.stamp !== undefined && input.text !== undefined));
    // No room to keep a text: the load reads each reached file again.
    const none = readsWithin(0, false);
    assert.equal(none.reads.readsFromDisk, projectFiles.length + none.loaded.sources.length);
  });

  it("takes a file naming a reached one by an unresolved import, and of its imports only those the reached files' facts rest on", () => {
    const root = writeProject({
      "package.json": JSON.stringify({ name: "shop", private: true, workspaces: ["apps/*", "packages/*"] }),
      "apps/api/package.json": JSON.stringify({ name: "api" }),
      "apps/api/src/internal.ts": `import { currency } from "../../../packages/shared/src/index";\nexport const internal = currency;\n`,
      "apps/api/src/prices.ts": `export const prices = [1, 2];\n`,
      "packages/shared/src/index.ts": `export const currency = "EUR";\n`,
      "apps/web/package.json": JSON.stringify({ name: "web" }),
      // Names apps/api/src/internal.ts: `@/internal` resolves to no file.
      "apps/web/src/page.ts": `import { internal } from "@/internal";\nimport { Button } from "../../../packages/ui/src/button";\nimport { label } from "./label";\nimport { chart } from "@/lib/prices";\nexport const page = [internal, Button, label, chart];\n`,
      // Leads to a reached file: server code reaching it through here would make it server code.
      "apps/web/src/label.ts": `import { currency } from "../../../packages/shared/src/index";\nexport const label = currency;\n`,
      // Left out, \`@/lib/prices\` would be an unresolved import naming apps/api/src/prices.ts.
      "lib/prices.ts": `export const chart = "bars";\n`,
      // A UI library nothing reached rests on.
      "packages/ui/src/button.ts": `import { icon } from "./icon";\nexport const Button = icon;\n`,
      "packages/ui/src/icon.ts": `export const icon = "x";\n`,
    });
    const location = locateProject(path.join(root, "apps/api"));
    const { config } = loadProjectSetup(location, (filePath) => filePath, undefined);
    const filter = { root: location.root, ignore: config.ignore };
    const reached = filesReachableFrom(findSourceFiles(path.join(root, "apps/api"), filter), findSourceFiles(root, filter), {
      root: location.root,
      moduleAliases: config.settings.moduleAliases ?? [],
      ...scansOf((filePath) => fs.readFileSync(filePath, "utf8")),
    });
    assert.deepEqual(
      reached.map((filePath) => path.relative(root, filePath).split(path.sep).join("/")),
      ["apps/api/src/internal.ts", "apps/api/src/prices.ts", "apps/web/src/label.ts", "apps/web/src/page.ts", "lib/prices.ts", "packages/shared/src/index.ts"],
    );
  });

  it("takes the app that imports a package's router, and the files that app imports", () => {
    const root = writeProject({
      "package.json": JSON.stringify({ name: "shop", private: true, workspaces: ["apps/*", "packages/*"] }),
      "packages/orders/package.json": JSON.stringify({ name: "@shop/orders" }),
      "packages/orders/src/router.ts": `import { Router } from "express";\nexport const orders = Router();\norders.delete("/orders/:id", async (_req, res) => { res.sendStatus(204); });\n`,
      "apps/server/package.json": JSON.stringify({ name: "server" }),
      "apps/server/src/main.ts": `import express from "express";\nimport { orders } from "@shop/orders/src/router";\nimport { requireUser } from "./guard";\nconst app = express();\napp.use("/api", requireUser, orders);\napp.listen(3000);\n`,
      "apps/server/src/guard.ts": `export function requireUser(req: any, res: any, next: any) { if (!req.user) return res.sendStatus(401); next(); }\n`,
      "apps/web/package.json": JSON.stringify({ name: "web" }),
      "apps/web/src/page.ts": `export const title = "Shop";\n`,
    });
    const location = locateProject(path.join(root, "packages/orders"));
    const { config } = loadProjectSetup(location, (filePath) => filePath, undefined);
    const filter = { root: location.root, ignore: config.ignore };
    const reached = filesReachableFrom(findSourceFiles(path.join(root, "packages/orders"), filter), findSourceFiles(root, filter), {
      root: location.root,
      moduleAliases: config.settings.moduleAliases ?? [],
      ...scansOf((filePath) => fs.readFileSync(filePath, "utf8")),
    });
    assert.deepEqual(
      reached.map((filePath) => path.relative(root, filePath).split(path.sep).join("/")),
      ["apps/server/src/guard.ts", "apps/server/src/main.ts", "packages/orders/src/router.ts"],
    );
  });
});

interface JsonReport {
  files: Array<{ filePath: string; findings: Array<{ ruleId: string; line: number; suggestionOnly?: string }> }>;
  notices: Array<{ filePath: string; message: string }>;
}

function check(directory: string, ...flags: string[]): JsonReport {
  const run = spawnSync(process.execPath, [cli, "check", ".", "--format", "json", ...flags], { encoding: "utf8", cwd: directory });
  assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`);
  assert.equal(run.stderr.includes("    at "), false, `a stack trace reached stderr:\n${run.stderr}`);
  return JSON.parse(run.stdout) as JsonReport;
}

function findingKeys(report: JsonReport, ruleIds?: readonly string[]): string[] {
  return report.files
    .flatMap((file) => file.findings.filter((f) => !ruleIds || ruleIds.includes(f.ruleId)).map((f) => `${file.filePath}:${f.line} ${f.ruleId}`))
    .sort();
}

const linkedRules = ["missing-auth", "missing-input-validation"];

describe("harden check on a monorepo", function () {
  this.timeout(120_000);

  it("reports every file once and exactly the annotated findings, the file in no tsconfig included", () => {
    const report = check(monorepo);
    const sourceFiles = listSourceFiles(monorepo).map((filePath) => path.relative(monorepo, filePath).split(path.sep).join("/"));
    assert.deepEqual(report.files.map((file) => file.filePath).sort(), sourceFiles);
    const annotated = listSourceFiles(monorepo)
      .flatMap((filePath) => readExpectations(filePath, fs.readFileSync(filePath, "utf8")).filter((e) => e.kind === "expect"))
      .map((e) => `${path.relative(monorepo, e.filePath).split(path.sep).join("/")}:${e.line} ${e.ruleId}`)
      .sort();
    assert.deepEqual(findingKeys(report), annotated);
    assert.ok(annotated.includes("jobs/run-label.ts:4 timestamp-id"), "the module in no tsconfig is analysed");
    assert.ok(annotated.includes("apps/api/src/routes/refunds.ts:7 missing-auth"), "an unguarded mutating route is flagged");
    assert.deepEqual(report.notices, []);
  });

  it("links through workspace package names without tsconfig paths, and flags the routes once neither resolves", () => {
    const directory = copyMonorepo();
    edit(path.join(directory, "tsconfig.base.json"), /"paths": \{[^}]*\},/, "");
    assert.deepEqual(findingKeys(check(directory), linkedRules), ["apps/api/src/routes/refunds.ts:7 missing-auth"], "the workspace names still lead to the guard");
    edit(path.join(directory, "package.json"), /"workspaces": \[[^\]]*\]/, `"workspaces": []`);
    assert.deepEqual(findingKeys(check(directory), linkedRules), [
      "apps/api/src/routes/orders.ts:14 missing-auth",
      "apps/api/src/routes/orders.ts:15 missing-input-validation",
      "apps/api/src/routes/refunds.ts:7 missing-auth",
      "apps/worker/src/jobs.ts:10 missing-auth",
    ]);
  });

  it("offers a route the package's guard, imported by the package's name, as a suggestion --fix does not apply", () => {
    // Whether refunds.ts is meant to be public is intent: the reused guard is a suggestion only.
    const run = spawnSync(process.execPath, [cli, "check", ".", "--fix-dry-run", "--fix-type", "safe,scaffold"], { encoding: "utf8", cwd: monorepo });
    assert.doesNotMatch(run.stdout, /mustBeSignedIn/);
    const filePath = path.join(monorepo, "apps/api/src/routes/refunds.ts");
    const host = new ProjectHost(registry);
    host.setOverlay(filePath, fs.readFileSync(filePath, "utf8"));
    loadAll(host);
    const fix = host.analyze(filePath)?.findings.find((finding) => finding.ruleId === "missing-auth")?.fixes[0];
    assert.equal(fix?.kind, "suggestion");
    assert.equal(fix?.suggestionReason, "whether the route is public by design is the project's call");
    const inserted = fix?.edits.map((edit) => edit.newText) ?? [];
    assert.ok(inserted.some((text) => /^import \{ mustBeSignedIn \} from "@acme\/auth";$/m.test(text)), inserted.join(" | "));
    assert.ok(inserted.includes("mustBeSignedIn, "), inserted.join(" | "));
  });

  it("checks a file of one app with the whole monorepo, so its imports reach the other packages", () => {
    const run = spawnSync(process.execPath, [cli, "check", "apps/api/src/routes", "--format", "json"], { encoding: "utf8", cwd: monorepo });
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.deepEqual(findingKeys(report), ["apps/api/src/routes/refunds.ts:7 missing-auth"]);
    // The guard is reached in the other package; the report says why --fix leaves the route as it is.
    assert.equal(report.files.flatMap((file) => file.findings)[0]?.suggestionOnly, "whether the route is public by design is the project's call");
  });

  it("checks one package from the files it reaches, with the findings a whole-workspace run gives its files", () => {
    const whole = check(monorepo);
    for (const target of ["apps/api", "apps/worker", "packages/auth"]) {
      const run = spawnSync(process.execPath, [cli, "check", target, "--format", "json"], { encoding: "utf8", cwd: monorepo });
      const report = JSON.parse(run.stdout) as JsonReport;
      const inTarget = { ...whole, files: whole.files.filter((file) => file.filePath.startsWith(`${target}/`)) };
      assert.deepEqual(findingKeys(report), findingKeys(inTarget), target);
    }
  });

  it("notices a tsconfig edit from the cache: removing an app's alias brings its finding back", () => {
    const directory = copyMonorepo();
    const cached = ["--cache", "--cache-location", path.join(directory, ".harden-cache")];
    const before = check(directory, ...cached);
    assert.deepEqual(findingKeys(before), findingKeys(check(monorepo)));
    edit(path.join(directory, "apps/admin/tsconfig.json"), `"paths": { "@lib/*": ["./src/lib/*"] },`, "");
    const after = check(directory, ...cached);
    assert.deepEqual(findingKeys(after, linkedRules), ["apps/admin/src/routes/reports.ts:8 missing-auth", "apps/api/src/routes/refunds.ts:7 missing-auth"]);
    const uncached = check(directory);
    assert.deepEqual({ files: after.files, notices: after.notices }, { files: uncached.files, notices: uncached.notices }, "the cached run reports as an uncached one");
  });

  it("reports a broken tsconfig as a notice and keeps linking through the others", () => {
    const directory = copyMonorepo();
    fs.writeFileSync(path.join(directory, "apps/admin/tsconfig.json"), `{ "compilerOptions": { "paths": { "@lib/*": ["./src/lib/*"] }`);
    fs.writeFileSync(path.join(directory, "apps/api/tsconfig.json"), `{ "extends": "./tsconfig.json", "include": ["src"] }`);
    const report = check(directory);
    assert.deepEqual(
      report.notices.map((notice) => `${notice.filePath}: ${notice.message}`),
      [
        "apps/admin/tsconfig.json: invalid JSON at line 1 ('}' expected.); its module aliases are ignored",
        "apps/api/tsconfig.json: `extends` leads back to tsconfig.json; the options it would inherit are ignored",
      ],
    );
    // The admin alias is gone; the api still reaches the guard through the root's paths and the workspace names.
    assert.deepEqual(findingKeys(report, linkedRules), ["apps/admin/src/routes/reports.ts:8 missing-auth", "apps/api/src/routes/refunds.ts:7 missing-auth"]);
    assert.ok(findingKeys(report).includes("jobs/run-label.ts:4 timestamp-id"));
  });
});

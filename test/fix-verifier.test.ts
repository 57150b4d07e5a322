// Fix verification: a fix that would add a type error under the project's own tsconfig is withheld with a notice
// naming the error; the other fixes of the same file still apply. The host verifier runs TypeScript's classic checker.
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { resolveConfig } from "../rules/engine/config.js";
import { fixUntilStable, type FixVerifier } from "../rules/lint-project.js";
import { registry } from "../rules/index.js";
import { createFixVerifier, maxCheckedImporters } from "../server/host/fix-verifier.js";
import type { CodeAction, DocumentDiagnosticReport } from "vscode-languageserver-protocol/node";
import { applyWorkspaceEdit } from "./lsp/apply-edit";
import { LspTestClient } from "./lsp/lsp-client";

const repoRoot = path.resolve(__dirname, "..");
const cliPath = path.join(repoRoot, "dist/cli.js");

const strictTsconfig = JSON.stringify({ compilerOptions: { strict: true, target: "ES2022", module: "commonjs", skipLibCheck: true }, include: ["src"] });

const ordersSource = `import { Router } from "express";

interface Invoice { id: number; total: number }
declare const invoices: { insert(invoice: Invoice): void };

export const billing = Router();

billing.post("/invoices", (req, res) => {
  const invoice: Invoice = { id: Date.now(), total: 10 };
  invoices.insert(invoice);
  res.json(invoice);
});

billing.post("/drafts", (req, res) => {
  const draftToken = \`draft-\${Date.now()}\`;
  res.json({ draftToken });
});
`;

const temporaryRoots: string[] = [];

/** A project with a strict tsconfig and Node's type declarations, as a user's checkout with node_modules installed (or not). */
function writeProject(files: Record<string, string>, { installed = true } = {}): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "harden-verify-")));
  temporaryRoots.push(root);
  for (const [relative, text] of Object.entries({ "tsconfig.json": strictTsconfig, ...files })) {
    fs.mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    fs.writeFileSync(path.join(root, relative), text);
  }
  if (!installed) return root;
  fs.mkdirSync(path.join(root, "node_modules/@types"), { recursive: true });
  fs.symlinkSync(path.join(repoRoot, "node_modules/@types/node"), path.join(root, "node_modules/@types/node"), "dir");
  return root;
}

after(() => {
  for (const root of temporaryRoots) fs.rmSync(root, { recursive: true, force: true });
});

describe("createFixVerifier", function () {
  this.timeout(60_000);

  it("reports only the errors an edit adds, at their line in the edited text", () => {
    const before = `export function total(prices: number[]): number {\n  return prices.reduce((sum, price) => sum + price, 0);\n}\nexport const broken: string = 1;\n`;
    const root = writeProject({ "src/prices.ts": before });
    const filePath = path.join(root, "src/prices.ts");
    const verifier = createFixVerifier(root, (file) => (file === filePath ? before : undefined), []);
    assert.deepEqual(verifier.addedErrors(new Map([[filePath, before]]), [filePath]), [], "the error that was there before is not added");
    const after = `// a comment moves the lines\n${before.replace("sum + price, 0", "sum + String(price), 0")}`;
    const added = verifier.addedErrors(new Map([[filePath, after]]), [filePath]);
    assert.deepEqual(
      added.map(({ line, code }) => ({ line, code })),
      [{ line: 3, code: 2769 }],
    );
  });

  it("checks against the globals another module of the program augments (declare global), whether or not that module is edited", () => {
    const augmenting = `export {};\ndeclare global {\n  interface RequestInit {\n    proxyAgent: string;\n  }\n}\n`;
    const before = `export async function ping(url: string): Promise<number> {\n  const response = await fetch(url);\n  return response.status;\n}\n`;
    const root = writeProject({ "src/proxy.ts": augmenting, "src/ping.ts": before });
    const filePath = path.join(root, "src/ping.ts");
    const verifier = createFixVerifier(root, (file) => (file === filePath ? before : undefined), []);
    const after = before.replace("fetch(url)", "fetch(url, { signal: AbortSignal.timeout(10_000) })");
    assert.deepEqual(verifier.addedErrors(new Map([[filePath, after]]), [filePath]).map(({ line, code }) => ({ line, code })), [{ line: 2, code: 2769 }]);
  });

  it("checks a file the fix creates, and the file importing it", () => {
    const route = `export const secret = "x";\n`;
    const root = writeProject({ "src/route.ts": route });
    const routePath = path.join(root, "src/route.ts");
    const created = path.join(root, "src/lib/guard.ts");
    const verifier = createFixVerifier(root, (file) => (file === routePath ? route : undefined), []);
    const importing = `import { requireUser } from "./lib/guard";\nexport const guarded = requireUser(42);\n`;
    const clean = new Map([[routePath, importing], [created, `export function requireUser(id: number): number {\n  return id;\n}\n`]]);
    assert.deepEqual(verifier.addedErrors(clean, [routePath, created]), []);
    const mismatched = new Map([[routePath, importing], [created, `export function requireUser(id: string): string {\n  return id;\n}\n`]]);
    assert.deepEqual(verifier.addedErrors(mismatched, [routePath, created]).map((error) => [path.basename(error.filePath), error.code]), [["route.ts", 2345]]);
  });

  it("does not blame a fix for a declared package that is not installed, but does for an undeclared one", () => {
    const before = `export const answer = 42;\n`;
    const root = writeProject({ "src/answer.ts": before });
    const filePath = path.join(root, "src/answer.ts");
    const packages = [{ packageRoot: root, dependencies: ["zod"] }];
    const verifier = createFixVerifier(root, (file) => (file === filePath ? before : undefined), packages);
    const declared = `import { z } from "zod";\nimport { randomUUID } from "node:crypto";\nexport const answer = z.number().parse(42) + randomUUID().length;\n`;
    assert.deepEqual(verifier.addedErrors(new Map([[filePath, declared]]), [filePath]), []);
    const deno = `import { z } from "npm:zod@3";\nexport const answer = z.number().parse(42);\n`;
    assert.deepEqual(verifier.addedErrors(new Map([[filePath, deno]]), [filePath]), [], "Deno resolves npm: specifiers itself");
    const undeclared = `import helmet from "helmet";\nexport const answer = helmet;\n`;
    assert.deepEqual(verifier.addedErrors(new Map([[filePath, undeclared]]), [filePath]).map((error) => error.code), [2307]);
  });

  it("does not blame a fix for Node's globals (crypto, console, atob) when @types/node or Bun's types are declared but not installed, but does when neither is", () => {
    const before = `export function track(): void {}\n`;
    // Without "dom" in `lib`, as Node projects write it, only @types/node declares these globals.
    const nodeTsconfig = JSON.stringify({ compilerOptions: { strict: true, target: "ES2022", lib: ["ES2022"], module: "commonjs" }, include: ["src"] });
    const root = writeProject({ "tsconfig.json": nodeTsconfig, "src/track.ts": before }, { installed: false });
    const filePath = path.join(root, "src/track.ts");
    const fixed = `export function track(): string {\n  const errorId = crypto.randomUUID();\n  console.error(errorId, atob("aGk="));\n  return errorId;\n}\n`;
    const declaring = createFixVerifier(root, (file) => (file === filePath ? before : undefined), [{ packageRoot: root, dependencies: ["@types/node"] }]);
    assert.deepEqual(declaring.addedErrors(new Map([[filePath, fixed]]), [filePath]), []);
    // Bun's types reference @types/node: a Bun backend declaring only them has Node's globals once installed.
    const bun = createFixVerifier(root, (file) => (file === filePath ? before : undefined), [{ packageRoot: root, dependencies: ["@types/bun"] }]);
    assert.deepEqual(bun.addedErrors(new Map([[filePath, fixed]]), [filePath]), []);
    const undeclared = createFixVerifier(root, (file) => (file === filePath ? before : undefined), [{ packageRoot: root, dependencies: [] }]);
    assert.deepEqual(undeclared.addedErrors(new Map([[filePath, fixed]]), [filePath]).map((error) => error.code).sort(), [2304, 2304, 2584]);
  });

  it("checks with Harden's own @types/node when the project declares it but has not installed it, as its install would", () => {
    // The workspace is checked in place: it has no node_modules, and nothing outside it is read.
    const root = path.join(repoRoot, "test-fixtures/workspaces/uninstalled-node-types");
    const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { dependencies: object; devDependencies: object };
    const packages = [{ packageRoot: root, dependencies: Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }) }];
    const filePath = path.join(root, "src/weather.ts");
    const before = fs.readFileSync(filePath, "utf8");
    const verifier = createFixVerifier(root, (file) => (file === filePath ? before : undefined), packages);
    const unsafeRead = before.replace(`"replace-me"`, "process.env.WEATHER_API_KEY");
    assert.deepEqual(verifier.addedErrors(new Map([[filePath, unsafeRead]]), [filePath]).map((error) => error.code), [2322], "string | undefined where a string is expected");
    const refusingRead = before.replace(`"replace-me"`, `process.env.WEATHER_API_KEY || (() => { throw new Error("WEATHER_API_KEY is not set"); })()`);
    assert.deepEqual(verifier.addedErrors(new Map([[filePath, refusingRead]]), [filePath]), []);
  });

  it("does not blame a fix for a subpath of a package the file already imports and which is not installed here either", () => {
    const before = `import { Router } from "tiny-router";\nexport const router = new Router();\n`;
    const root = writeProject({ "src/router.ts": before });
    const filePath = path.join(root, "src/router.ts");
    // The package leans on a dependency its workspace hoists: no manifest of this package declares it.
    const verifier = createFixVerifier(root, (file) => (file === filePath ? before : undefined), [{ packageRoot: root, dependencies: [] }]);
    const subpath = `import { Router } from "tiny-router";\nimport { guard } from "tiny-router/guard";\nexport const router = new Router();\nrouter.use(guard());\n`;
    assert.deepEqual(verifier.addedErrors(new Map([[filePath, subpath]]), [filePath]), []);
    const otherPackage = `import { Router } from "tiny-router";\nimport { guard } from "tiny-guard";\nexport const router = new Router();\nrouter.use(guard());\n`;
    assert.deepEqual(verifier.addedErrors(new Map([[filePath, otherPackage]]), [filePath]).map((error) => error.code), [2307], "another undeclared package is the fix's error");
  });

  it("does not blame a fix for the tslib helpers `importHelpers` asks for when tslib is declared but not installed", () => {
    const before = `export const answer = 42;\n`;
    const tsconfig = JSON.stringify({ compilerOptions: { target: "ES2015", module: "commonjs", importHelpers: true, skipLibCheck: true }, include: ["src"] });
    const root = writeProject({ "tsconfig.json": tsconfig, "src/answer.ts": before });
    const filePath = path.join(root, "src/answer.ts");
    const helper = `export const answer = async () => 42;\n`;
    const declaring = createFixVerifier(root, (file) => (file === filePath ? before : undefined), [{ packageRoot: root, dependencies: ["tslib"] }]);
    assert.deepEqual(declaring.addedErrors(new Map([[filePath, helper]]), [filePath]), []);
    const undeclared = createFixVerifier(root, (file) => (file === filePath ? before : undefined), [{ packageRoot: root, dependencies: [] }]);
    assert.deepEqual(undeclared.addedErrors(new Map([[filePath, helper]]), [filePath]).map((error) => error.code), [2354]);
  });

  it("counts a dependency the same fix adds to the package's package.json as declared", () => {
    const before = `export const answer = 42;\n`;
    const manifest = JSON.stringify({ name: "answers", dependencies: {} });
    const root = writeProject({ "package.json": manifest, "src/answer.ts": before });
    const filePath = path.join(root, "src/answer.ts");
    const manifestPath = path.join(root, "package.json");
    const packages = [{ packageRoot: root, dependencies: [] }];
    const verifier = createFixVerifier(root, (file) => (file === filePath ? before : file === manifestPath ? manifest : undefined), packages);
    const importing = `import { z } from "zod";\nexport const answer = z.number().parse(42);\n`;
    assert.deepEqual(verifier.addedErrors(new Map([[filePath, importing]]), [filePath]).map((error) => error.code), [2307], "without the package.json edit zod is undeclared");
    const declaring = JSON.stringify({ name: "answers", dependencies: { zod: "^4.1.0" } });
    assert.deepEqual(verifier.addedErrors(new Map([[filePath, importing], [manifestPath, declaring]]), [filePath, manifestPath]), []);
    const otherPackage = JSON.stringify({ name: "answers", dependencies: { valibot: "^1.0.0" } });
    assert.deepEqual(verifier.addedErrors(new Map([[filePath, importing], [manifestPath, otherPackage]]), [filePath, manifestPath]).map((error) => error.code), [2307], "only what the edit declares counts");
  });

  it("checks each file in its module format: an extensionless relative import in an ESM package under NodeNext is an error", () => {
    const before = `export const port = 8080;\n`;
    const root = writeProject({ "package.json": JSON.stringify({ name: "esm", type: "module" }), "src/port.ts": before, "src/env.ts": `export const env = { PORT: "8080" };\n` });
    fs.writeFileSync(path.join(root, "tsconfig.json"), JSON.stringify({ compilerOptions: { module: "nodenext", moduleResolution: "nodenext", target: "ES2022", strict: true }, include: ["src"] }));
    const filePath = path.join(root, "src/port.ts");
    const verifier = createFixVerifier(root, (file) => (file === filePath ? before : undefined), []);
    const withExtension = `import { env } from "./env.js";\nexport const port = Number(env.PORT);\n`;
    assert.deepEqual(verifier.addedErrors(new Map([[filePath, withExtension]]), [filePath]), []);
    const without = withExtension.replace("./env.js", "./env");
    assert.deepEqual(verifier.addedErrors(new Map([[filePath, without]]), [filePath]).map((error) => error.code), [2835]);
  });

  it("checks the files importing a changed file, directly or through a re-export, and names the changed file", () => {
    const ids = `export function nextId(): number {\n  return 1;\n}\n`;
    const root = writeProject({
      "src/ids.ts": ids,
      "src/index.ts": `export * from "./ids";\n`,
      "src/orders.ts": `import { nextId } from "./index";\nconst counts: number[] = [];\ncounts.push(nextId());\nexport const stale: string = 1;\n`,
      "src/labels.ts": `import { nextId } from "./ids";\nexport const label = \`order \${nextId()}\`;\n`,
    });
    const idsPath = path.join(root, "src/ids.ts");
    const verifier = createFixVerifier(root, (file) => (fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined), []);
    const asString = ids.replace("number {", "string {").replace("return 1", 'return "1"');
    assert.deepEqual(
      verifier.addedErrors(new Map([[idsPath, asString]]), [idsPath]).map((error) => [path.basename(error.filePath), error.line, error.code, error.importedFixedFiles]),
      [["orders.ts", 3, 2345, [idsPath]]],
      "the re-exported function's new type breaks orders.ts; labels.ts reads it as text, and the error orders.ts had is not added",
    );
    assert.deepEqual(verifier.takeNotices?.(), []);
  });

  it("checks at most the stated number of importers, and says so", () => {
    const shared = `export function limit(): number {\n  return 10;\n}\n`;
    const importers = Object.fromEntries(Array.from({ length: maxCheckedImporters + 2 }, (_, index) => [`src/use-${index}.ts`, `import { limit } from "./shared";\nexport const twice${index}: number = limit() * 2;\n`]));
    const root = writeProject({ "src/shared.ts": shared, ...importers });
    const sharedPath = path.join(root, "src/shared.ts");
    const verifier = createFixVerifier(root, (file) => (fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined), []);
    const bodyOnly = new Map([[sharedPath, shared.replace("return 10", "return Math.max(10, 1)")]]);
    assert.deepEqual([verifier.addedErrors(bodyOnly, [sharedPath]), verifier.takeNotices?.()], [[], []], "an edit that keeps every export's type never looks at the importers");
    const added = verifier.addedErrors(new Map([[sharedPath, shared.replace("number", "string").replace("return 10", 'return "10"')]]), [sharedPath]);
    assert.equal(added.length, maxCheckedImporters, "every checked importer gets the error, the others are not checked");
    assert.deepEqual(verifier.takeNotices?.(), [
      { filePath: sharedPath, message: `fixes type-checked against ${maxCheckedImporters} of the ${maxCheckedImporters + 2} files importing this file; errors they cause in the others are not looked for` },
    ]);
  });

  it("never reads outside the project root: a tsconfig extending a file outside checks with the project's own options only", () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), "harden-outside-"));
    temporaryRoots.push(outside);
    fs.writeFileSync(path.join(outside, "base.json"), JSON.stringify({ compilerOptions: { strict: true } }));
    const before = `export const two = 2;\n`;
    const root = writeProject({ "src/double.ts": before });
    fs.writeFileSync(path.join(root, "tsconfig.json"), JSON.stringify({ extends: path.join(outside, "base.json"), include: ["src"] }));
    const filePath = path.join(root, "src/double.ts");
    const verifier = createFixVerifier(root, (file) => (file === filePath ? before : undefined), []);
    // Under the outside base's `strict`, the untyped parameter would be an error; the base is never read.
    const after = `export function triple(value) {\n  return value * 3;\n}\n`;
    assert.deepEqual(verifier.addedErrors(new Map([[filePath, after]]), [filePath]), []);
  });
});

describe("the Workers CORS fixes compile", function () {
  this.timeout(60_000);

  // Hono 4's declarations of what the fix relies on: the origin callback gets the request's context.
  const hono = {
    "node_modules/hono/package.json": JSON.stringify({ name: "hono", types: "index.d.ts" }),
    "node_modules/hono/index.d.ts": `export interface Context { env: any; json(value: unknown, status?: number): Response }\nexport type MiddlewareHandler = (c: Context, next: () => Promise<void>) => Promise<Response | void>;\nexport declare class Hono {\n  use(path: string, ...handlers: MiddlewareHandler[]): this;\n  get(path: string, handler: (c: Context) => Response | Promise<Response>): this;\n}\n`,
    "node_modules/hono/cors.d.ts": `import type { Context, MiddlewareHandler } from "./index";\nexport interface CORSOptions {\n  origin: string | string[] | ((origin: string, c: Context) => string | undefined | null);\n  credentials?: boolean;\n}\nexport declare function cors(options?: CORSOptions): MiddlewareHandler;\n`,
  };
  const fixtures = path.join(repoRoot, "test-fixtures/rules/permissive-cors");

  for (const fixture of ["edge-worker/src/index.ts", "workers/index.ts", "workers/preflight.ts"]) {
    it(`${fixture} and its .fixed snapshot type-check alike`, () => {
      const original = fs.readFileSync(path.join(fixtures, fixture), "utf8");
      const fixed = fs.readFileSync(path.join(fixtures, fixture.replace(/\.ts$/, ".fixed.ts")), "utf8");
      assert.notEqual(fixed, original);
      const root = writeProject({ ...hono, "src/worker.ts": original });
      const filePath = path.join(root, "src/worker.ts");
      const verifier = createFixVerifier(root, (file) => (file === filePath ? original : undefined), []);
      assert.deepEqual(verifier.addedErrors(new Map([[filePath, fixed]]), [filePath]), []);
    });
  }
});

describe("hardcoded-secret's moved key compiles where a string is expected", function () {
  this.timeout(60_000);

  it("forecast-service/src/tides.ts and its .fixed snapshot type-check alike under strict with @types/node; a bare env read would not", () => {
    const fixture = path.join(repoRoot, "test-fixtures/rules/hardcoded-secret/forecast-service/src/tides");
    const original = fs.readFileSync(`${fixture}.ts`, "utf8");
    const fixed = fs.readFileSync(`${fixture}.fixed.ts`, "utf8");
    assert.notEqual(fixed, original, "the package reads TIDE_API_KEY elsewhere, so --fix moves the key");
    const root = writeProject({ "src/tides.ts": original });
    const filePath = path.join(root, "src/tides.ts");
    const verifier = createFixVerifier(root, (file) => (file === filePath ? original : undefined), []);
    assert.deepEqual(verifier.addedErrors(new Map([[filePath, fixed]]), [filePath]), []);
    const bareRead = fixed.replace(/ \|\| \(\(\) => \{ throw new Error\("TIDE_API_KEY is not set"\); \}\)\(\)/, "");
    assert.deepEqual(verifier.addedErrors(new Map([[filePath, bareRead]]), [filePath]).map((error) => error.code), [2322]);
  });
});

describe("fixUntilStable with a verifier", function () {
  this.timeout(60_000);

  it("withholds the fix that adds a type error, applies the others, and never retries the withheld one", () => {
    const filePath = "/project/src/billing.ts";
    const config = resolveConfig({}, registry, "/project", "/project/harden.config.json");
    // A project on Node 20, whose global `crypto` has randomUUID (with no Node named the fix writes randomBytes).
    config.settings.packages = [{ packageRoot: "/project", dependencies: [], nodeEngine: ">=20" }];
    let calls = 0;
    const verifier: FixVerifier = {
      addedErrors(changed) {
        calls++;
        const text = changed.get(filePath) ?? "";
        const line = text.split("\n").findIndex((candidate) => /id: (crypto\.)?randomUUID\(\)/.test(candidate));
        return line < 0 ? [] : [{ filePath, line: line + 1, code: 2322, message: "Type 'string' is not assignable to type 'number'." }];
      },
    };
    const result = fixUntilStable(new Map([[filePath, ordersSource]]), config, registry, {
      kinds: ["safe"],
      accept: (finding) => finding.ruleId === "timestamp-id",
      readExtraFile: () => undefined,
      isSourceFile: () => true,
      verifier,
    });
    const fixed = result.changed.get(filePath) ?? "";
    assert.match(fixed, /const invoice: Invoice = \{ id: Date\.now\(\), total: 10 \};/, "the invoice id is left as it was");
    assert.match(fixed, /draft-\$\{(crypto\.)?randomUUID\(\)\}/, "the draft id is fixed");
    assert.deepEqual(
      result.notices.map((notice) => notice.message),
      [`timestamp-id at line 9: fix "Use crypto.randomUUID()" withheld: would add TS2322 at line ${fixed.split("\n").findIndex((line) => line.includes("id: Date.now()")) + 1} of the fixed file (Type 'string' is not assignable to type 'number'.)`],
    );
    assert.equal(result.fixesApplied, 1);
    assert.ok(calls <= 5, `the verifier ran ${calls} times`);
  });
});

describe("harden check --fix verifies fixes with the project's tsconfig", function () {
  this.timeout(120_000);

  it("leaves the fix that would not compile, says why, and applies the rest", () => {
    const root = writeProject({ "package.json": JSON.stringify({ name: "billing", engines: { node: ">=20" }, dependencies: { express: "4" } }), "src/billing.ts": ordersSource });
    const run = spawnSync(process.execPath, [cliPath, "check", ".", "--fix"], { cwd: root, encoding: "utf8" });
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    assert.match(run.stderr, /src\/billing\.ts: timestamp-id at line 9: fix "Use crypto\.randomUUID\(\)" withheld: would add TS2322 at line \d+ of the fixed file \(Type '.*' is not assignable to type 'number'\.\)\n/);
    const fixed = fs.readFileSync(path.join(root, "src/billing.ts"), "utf8");
    assert.match(fixed, /\{ id: Date\.now\(\), total: 10 \}/);
    assert.doesNotMatch(fixed, /draft-\$\{Date\.now\(\)\}/);
    const again = spawnSync(process.execPath, [cliPath, "check", ".", "--fix"], { cwd: root, encoding: "utf8" });
    assert.match(again.stderr, /harden: applied 0 fixes to 0 files/);
  });
});

describe("harden check --fix writes a yup schema in a package that validates with yup", function () {
  this.timeout(120_000);

  it("applies it, the verifier finding no error against yup's own types", () => {
    const bookings = [
      `import { Router } from "express";`,
      ``,
      `export const bookings = Router();`,
      ``,
      `function quote(nights: number, guest: string): number {`,
      `  return nights * guest.length;`,
      `}`,
      ``,
      `bookings.post("/bookings", async (req, res) => {`,
      `  const total: number = quote(req.body.nights * 1, req.body.guest.trim());`,
      `  res.json({ total, note: req.body.note ?? "" });`,
      `});`,
      ``,
    ].join("\n");
    const root = writeProject({ "package.json": JSON.stringify({ name: "bookings", dependencies: { express: "4", yup: "^1.4.0" } }), "src/bookings.ts": bookings });
    fs.symlinkSync(path.join(repoRoot, "node_modules/yup"), path.join(root, "node_modules/yup"), "dir");
    const run = spawnSync(process.execPath, [cliPath, "check", ".", "--fix", "--fix-type", "safe,scaffold"], { cwd: root, encoding: "utf8" });
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    assert.doesNotMatch(run.stderr, /withheld/);
    const fixed = fs.readFileSync(path.join(root, "src/bookings.ts"), "utf8");
    assert.match(fixed, /import \* as yup from "yup";/);
    assert.match(fixed, /yup\.object\(\{\s*nights: yup\.number\(\)\.defined\(\),\s*guest: yup\.string\(\)\.defined\(\),\s*note: yup\.mixed<any>\(\),?\s*\}\)/);
    assert.match(fixed, /quote\(parsed\.value\.nights \* 1, parsed\.value\.guest\.trim\(\)\)/);
  });
});

describe("harden check --fix verifies fixes against the files importing the fixed one", function () {
  this.timeout(120_000);

  const drafts = `export function newDraft() {\n  return saved({ id: Date.now(), title: "" });\n}\n\ndeclare const store: { insert(draft: object): void };\nfunction saved<T extends object>(draft: T): T {\n  store.insert(draft);\n  return draft;\n}\n`;
  const manifest = JSON.stringify({ name: "drafts", engines: { node: ">=20" }, dependencies: { express: "4" } });

  it("withholds a fix whose changed export breaks an importer, naming the importer", () => {
    const store = `import { newDraft } from "./drafts";\n\nconst ids: number[] = [];\nids.push(newDraft().id);\n`;
    const root = writeProject({ "package.json": manifest, "src/drafts.ts": drafts, "src/store.ts": store });
    const run = spawnSync(process.execPath, [cliPath, "check", ".", "--fix"], { cwd: root, encoding: "utf8" });
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    assert.match(run.stderr, /src\/drafts\.ts: timestamp-id at line 2: fix "Use crypto\.randomUUID\(\)" withheld: would add TS2345 at line 4 of store\.ts \(Argument of type '.*' is not assignable to parameter of type 'number'\.\)\n/);
    assert.equal(fs.readFileSync(path.join(root, "src/drafts.ts"), "utf8"), drafts);
  });

  it("applies it when the importers still compile", () => {
    const view = `import { newDraft } from "./drafts";\n\nexport const heading = \`Draft \${newDraft().id}\`;\n`;
    const root = writeProject({ "package.json": manifest, "src/drafts.ts": drafts, "src/view.ts": view });
    const run = spawnSync(process.execPath, [cliPath, "check", ".", "--fix"], { cwd: root, encoding: "utf8" });
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    assert.doesNotMatch(run.stderr, /withheld/);
    assert.match(fs.readFileSync(path.join(root, "src/drafts.ts"), "utf8"), /id: (crypto\.)?randomUUID\(\)/);
  });
});

describe("the language server's fix-all verifies its safe fixes", function () {
  this.timeout(120_000);
  let client: LspTestClient | undefined;

  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  it("leaves out the safe fix that would add a type error, and logs why", async () => {
    const root = writeProject({ "package.json": JSON.stringify({ name: "billing", engines: { node: ">=20" }, dependencies: { express: "4" } }), "src/billing.ts": ordersSource });
    client = await LspTestClient.start({ workspace: root, pullDiagnostics: true });
    const filePath = path.join(root, "src/billing.ts");
    const uri = await client.open(filePath, ordersSource);
    const actions: CodeAction[] = await client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ["source.fixAll.harden"] },
    });
    assert.equal(actions.length, 1);
    applyWorkspaceEdit(actions[0]!.edit!);
    const fixed = fs.readFileSync(filePath, "utf8");
    assert.match(fixed, /\{ id: Date\.now\(\), total: 10 \}/, "the fix that would not compile is left out");
    assert.match(fixed, /draft-\$\{(crypto\.)?randomUUID\(\)\}/, "the other safe fix is applied");
    // The log line is written before the answer on the same stream.
    assert.ok(client.logs.some((line) => /timestamp-id at line 9: fix "Use crypto\.randomUUID\(\)" withheld: would add TS2322/.test(line)), client.logs.join("\n"));
  });

  it("applies a quick fix that adds zod to the package.json it imports it from: the dependency lands inside the JSON and the import is no error", async () => {
    const manifest = `${JSON.stringify({ name: "signups", dependencies: { express: "4", pg: "8" } }, null, 2)}\n`;
    const route = `import { Router } from "express";\n\nexport const signups = Router();\n\nsignups.post("/signups", (req, res) => {\n  res.json({ email: req.body.email.toLowerCase() });\n});\n`;
    const root = writeProject({ "package.json": manifest, "src/signups.ts": route });
    client = await LspTestClient.start({ workspace: root, pullDiagnostics: true });
    const filePath = path.join(root, "src/signups.ts");
    const uri = await client.open(filePath, route);
    const report: DocumentDiagnosticReport = await client.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } });
    const item = report.kind === "full" ? report.items.find((candidate) => candidate.code === "missing-input-validation") : undefined;
    assert.ok(item, "the unvalidated body is reported");
    const actions: CodeAction[] = await client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: item.range, context: { diagnostics: [item] } });
    const addsZod = actions.find((action) => action.title.includes('add "zod" ^4.1.0 to package.json'));
    assert.ok(addsZod?.edit, actions.map((action) => action.title).join("\n"));
    applyWorkspaceEdit(addsZod.edit);
    const fixedManifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    assert.deepEqual(fixedManifest.dependencies, { express: "4", pg: "8", zod: "^4.1.0" });
    assert.match(fs.readFileSync(filePath, "utf8"), /import \{ z \} from "zod";[\s\S]*safeParse\(req\.body\)/);
  });

  it("resolves a quick fix that would add a type error without an edit, and says why", async () => {
    const root = writeProject({ "package.json": JSON.stringify({ name: "billing", engines: { node: ">=20" }, dependencies: { express: "4" } }), "src/billing.ts": ordersSource });
    client = await LspTestClient.start({ workspace: root, pullDiagnostics: true, resolvesCodeActionEdits: true });
    const filePath = path.join(root, "src/billing.ts");
    const uri = await client.open(filePath, ordersSource);
    const report: DocumentDiagnosticReport = await client.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } });
    const items = report.kind === "full" ? report.items.filter((item) => item.code === "timestamp-id") : [];
    assert.deepEqual(items.map((item) => item.range.start.line), [8, 14]);
    const resolvedAt = async (index: number): Promise<CodeAction> => {
      const actions: CodeAction[] = await client!.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: items[index]!.range, context: { diagnostics: [items[index]] } });
      return client!.connection.sendRequest("codeAction/resolve", actions.find((action) => action.isPreferred)!);
    };
    assert.equal((await resolvedAt(0)).edit, undefined, "the invoice id fix would not compile");
    assert.ok(client.logs.some((line) => /timestamp-id at line 9: fix "Use crypto\.randomUUID\(\)" withheld: would add TS2322/.test(line)), client.logs.join("\n"));
    assert.ok((await resolvedAt(1)).edit, "the draft id fix compiles");
  });
});

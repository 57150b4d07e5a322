// What kind of code a file is: production server code, test or tooling code, or browser code. Server rules judge
// production server code only; test and tooling code still gets the secrets rule (at warn), browser code only rules
// that apply to every kind of code. The syntactic markers are recorded while summarising; path globs come from the
// config; the package a file belongs to and the files that import it are linked by the project model.
import * as path from "node:path";
import { compileGlobs } from "../engine/glob-match.js";
import { ts } from "ts-morph";
import type { Extractor } from "./summarize.js";
import type { FileSummary, Framework } from "./types.js";

export type CodeRole = "server" | "test" | "browser";

/** What the file says about itself, recorded once per file. */
export interface CodeMarkers {
  /** A leading `"use client"` directive. */
  clientDirective?: boolean;
  /** `"use server"`, `import "server-only"` or a `next/server` import. */
  serverMarker?: boolean;
  /** Renders JSX anywhere. */
  rendersJsx?: boolean;
  /** Imports a test framework or test client (vitest, jest, mocha, Playwright, Cypress, supertest, light-my-request...). */
  testFramework?: boolean;
  /** Imports a k6 module: a load-test script, which k6 runs, never Node. */
  loadTest?: boolean;
  /** Imports a browser UI runtime (Vue, React DOM, Preact, Svelte, Solid, Angular, Tauri, a `.vue`/`.svelte` file). */
  uiRuntime?: boolean;
  /** Imports a server framework or a full-stack framework with a server side (Express, Nest, Hono, Next.js...). */
  serverRuntime?: boolean;
  /** Calls React's client-only hooks (`useState`, `useEffect`...): a component or hook that runs in the browser. */
  clientHooks?: boolean;
  /** Imports a command-line argument parser or terminal prompt library (commander, yargs, @clack/prompts...). */
  commandLine?: boolean;
  /** Runs once when executed: a `#!` line, top-level `await`, or a top-level call of a function declared here (`main()`). */
  runsOnce?: boolean;
  /** Modules loaded without binding a name (side-effect imports, `export * from`, `import()`), for the import graph. */
  unboundModules?: string[];
}

const testFrameworkModules = /^(vitest|jest|@jest\/globals|mocha|chai|@playwright\/test|cypress|supertest|light-my-request|@testing-library\/.+|@nestjs\/testing|node:test|ava|tap|uvu|sinon|msw(\/.*)?|nock)$/;
const loadTestModules = /^k6(\/.*)?$/;
const uiRuntimeModules = /^(vue|vue-router|pinia|@vueuse\/core|react-dom|react-dom\/client|preact|preact\/.+|svelte|svelte\/.+|solid-js|solid-js\/.+|@angular\/core|@tauri-apps\/.+)$|\.(vue|svelte)$/;
const serverRuntimeModules =
  /^(express|fastify|koa|@koa\/router|koa-router|hono|hono\/.+|@hono\/node-server|@nestjs\/(core|common)|next|next\/.+|@remix-run\/(node|server-runtime|cloudflare)|@react-router\/(node|serve|cloudflare)|@sveltejs\/kit|nuxt|h3|elysia|@trpc\/server(\/.*)?|socket\.io|@apollo\/server|graphql-yoga)$/;
const commandLineModules = /^(commander|yargs|yargs\/.+|cac|citty|meow|@oclif\/core|clipanion|sade|minimist|arg|@clack\/prompts|inquirer|@inquirer\/.+|prompts|enquirer)$/;
const serverModules = new Set(["server-only", "next/server"]);
const reactModules = new Set(["react", "preact/hooks", "preact/compat"]);
/** Hooks a React Server Component may not call: whoever calls them renders in the browser. */
const clientHookNames = new Set(["useState", "useEffect", "useLayoutEffect", "useReducer", "useSyncExternalStore", "useTransition", "useOptimistic"]);

export const codeMarkers: Extractor = {
  kinds: [
    ts.SyntaxKind.SourceFile,
    ts.SyntaxKind.ImportDeclaration,
    ts.SyntaxKind.ExportDeclaration,
    ts.SyntaxKind.CallExpression,
    ts.SyntaxKind.AwaitExpression,
    ts.SyntaxKind.JsxElement,
    ts.SyntaxKind.JsxSelfClosingElement,
    ts.SyntaxKind.JsxFragment,
  ],
  visit(node, { summary }) {
    const markers = (summary.codeMarkers ??= {});
    if (ts.isSourceFile(node)) {
      for (const statement of node.statements) {
        if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) break;
        if (statement.expression.text === "use client") markers.clientDirective = true;
        if (statement.expression.text === "use server") markers.serverMarker = true;
      }
      if (node.text.startsWith("#!") || node.statements.some((statement) => isTopLevelCallOfLocalFunction(statement, node.statements))) markers.runsOnce = true;
    } else if (ts.isImportDeclaration(node)) {
      if (!ts.isStringLiteral(node.moduleSpecifier)) return;
      noteModule(node.moduleSpecifier.text, markers);
      if (!node.importClause) addUnboundModule(node.moduleSpecifier.text, markers);
      else if (reactModules.has(node.moduleSpecifier.text) && importsClientHook(node.importClause)) markers.clientHooks = true;
    } else if (ts.isExportDeclaration(node)) {
      // `export * from "./x"` binds nothing here; named re-exports are already import bindings.
      if (!node.exportClause && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) addUnboundModule(node.moduleSpecifier.text, markers);
    } else if (ts.isCallExpression(node)) {
      noteCall(node, markers);
    } else if (ts.isAwaitExpression(node)) {
      if (!isInsideFunction(node)) markers.runsOnce = true;
    } else {
      markers.rendersJsx = true;
    }
  },
};

function noteModule(specifier: string, markers: CodeMarkers): void {
  if (testFrameworkModules.test(specifier)) markers.testFramework = true;
  if (serverModules.has(specifier)) markers.serverMarker = true;
  if (loadTestModules.test(specifier)) markers.loadTest = true;
  if (uiRuntimeModules.test(specifier)) markers.uiRuntime = true;
  if (serverRuntimeModules.test(specifier)) markers.serverRuntime = true;
  if (commandLineModules.test(specifier)) markers.commandLine = true;
}

function addUnboundModule(specifier: string, markers: CodeMarkers): void {
  if (!(markers.unboundModules ??= []).includes(specifier)) markers.unboundModules.push(specifier);
}

/** `require("supertest")`, `import("./editor")`, `React.useState(...)`. */
function noteCall(call: ts.CallExpression, markers: CodeMarkers): void {
  const [argument] = call.arguments;
  const callee = call.expression;
  if (argument && ts.isStringLiteral(argument)) {
    if (ts.isIdentifier(callee) && callee.text === "require") noteModule(argument.text, markers);
    // A `require` bound to a name is an import binding; unbound ones and `import()` feed the import graph here.
    if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === "require" && !ts.isVariableDeclaration(call.parent))) {
      addUnboundModule(argument.text, markers);
    }
  }
  if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === "React" && clientHookNames.has(callee.name.text)) {
    markers.clientHooks = true;
  }
}

function importsClientHook(clause: ts.ImportClause): boolean {
  const bindings = clause.namedBindings;
  return !!bindings && ts.isNamedImports(bindings) && bindings.elements.some((element) => clientHookNames.has((element.propertyName ?? element.name).text));
}

/** `main();`, `void main();`, `main().catch(...)`, `seed().then(...)` where `main` is declared in this file. */
function isTopLevelCallOfLocalFunction(statement: ts.Statement, statements: readonly ts.Statement[]): boolean {
  if (!ts.isExpressionStatement(statement)) return false;
  let expression: ts.Expression = statement.expression;
  if (ts.isVoidExpression(expression) || ts.isAwaitExpression(expression)) expression = expression.expression;
  // Follow `.catch(...)`/`.then(...)`/`.finally(...)` chains back to the call they start from.
  while (ts.isCallExpression(expression) && ts.isPropertyAccessExpression(expression.expression) && ts.isCallExpression(expression.expression.expression)) {
    expression = expression.expression.expression;
  }
  if (!ts.isCallExpression(expression) || !ts.isIdentifier(expression.expression)) return false;
  const name = expression.expression.text;
  return statements.some(
    (other) =>
      (ts.isFunctionDeclaration(other) && other.name?.text === name) ||
      (ts.isVariableStatement(other) && other.declarationList.declarations.some((d) => ts.isIdentifier(d.name) && d.name.text === name && !!d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer)))),
  );
}

function isInsideFunction(node: ts.Node): boolean {
  for (let current = node.parent; current && !ts.isSourceFile(current); current = current.parent) if (ts.isFunctionLike(current)) return true;
  return false;
}

const globMatchers = new WeakMap<readonly string[], (path: string) => boolean>();

/** Whether `relativePath` (to the project root) matches one of `globs`; compiled once per glob list. */
export function matchesAnyGlob(globs: readonly string[], relativePath: string): boolean {
  if (globs.length === 0) return false;
  let matcher = globMatchers.get(globs);
  if (!matcher) globMatchers.set(globs, (matcher = compileGlobs(globs, { dot: true })));
  return matcher(relativePath.replace(/\\/g, "/"));
}

/** Folders that hold development data, load tests and sample code, never served code. */
const toolingFolders = new Set(["seed", "seeds", "seeders", "seeding", "benchmark", "benchmarks", "bench", "k6", "examples"]);
/** Folders of scripts a developer or CI runs by hand; a script there that runs when executed is tooling. */
const scriptFolders = new Set(["scripts", "script"]);

/** What the project knows around a file: the package it belongs to and the files it imports and is imported by. */
export interface CodeRoleLinks {
  /** Every summarised file of the project. */
  files(): Iterable<FileSummary>;
  /** The folder of the package (deployable) holding `filePath`. */
  packageOf(filePath: string): string;
  /** Every summarised file of the package at `packageRoot`. */
  filesOf(packageRoot: string): readonly FileSummary[];
  /** Summarised files that `filePath` imports. */
  importsOf(filePath: string): readonly FileSummary[];
  /** Summarised files whose imports resolve to `filePath`. */
  importersOf(filePath: string): readonly FileSummary[];
}

type PackageKind = "browser" | "tooling" | "mixed";

/**
 * Routes that exist by file convention. Routes registered on an app or router need the framework imported somewhere
 * in the package (`express()`, `new Hono()`), which is the stronger evidence: a `.post(...)` taken for a route on a
 * client object must not make a browser package serve requests.
 */
const fileConventionFrameworks = new Set<Framework>(["next-app", "next-pages", "edge-function", "worker"]);

/**
 * Code roles for a whole project, memoised. The order of evidence, strongest first:
 * 1. Test or tooling: the test globs; a test framework or k6 import; a folder of seed data, benchmarks or examples;
 *    a script in a `scripts/` folder that runs when executed (a `#!` line, top-level `await`, a top-level `main()` call).
 * 2. Browser: a `"use client"` directive. Server: `"use server"`, `server-only`, `next/server`, or routes in the file.
 * 3. The package: a package none of whose files serves requests (no file-convention routes, no server marker, no
 *    server framework import) is browser code when its files import a browser UI runtime (a Vue, Preact or Tauri app,
 *    an embeddable widget), and tooling when they import a command-line parser or prompt library or have a `bin/` script.
 * 4. The file itself: React client hooks, a `components/` folder, a Next `app/` page or layout, a `.jsx`/`.tsx` file that
 *    renders JSX outside a `route` file or `api/` folder.
 * 5. Its importers: a module that no server code reaches through imports, and that browser code does import, is
 *    browser code (an API helper of client components, a hook's fetcher). Server code is a file with server evidence
 *    and every file nothing but tests imports (an entry point), and what they import, transitively, unless it is
 *    browser or test code by its own evidence.
 */
export class CodeRoles {
  private readonly ownRoles = new Map<string, CodeRole | "unknown">();
  private readonly packageKinds = new Map<string, PackageKind>();
  private reachedByServer?: Set<string>;

  constructor(
    private readonly root: string,
    private readonly testGlobs: readonly string[],
    private readonly links: CodeRoleLinks,
  ) {}

  roleOf(summary: FileSummary): CodeRole {
    const own = this.ownRoleOf(summary);
    if (own !== "unknown") return own;
    this.reachedByServer ??= this.findReachedByServer();
    return this.reachedByServer.has(summary.filePath) ? "server" : "browser";
  }

  /** Files of unknown role that server code reaches through imports, entry points included (one pass over the graph). */
  private findReachedByServer(): Set<string> {
    const reached = new Set<string>();
    const queue: FileSummary[] = [];
    for (const file of this.links.files()) {
      const own = this.ownRoleOf(file);
      const isEntry = own === "unknown" && this.links.importersOf(file.filePath).every((importer) => this.ownRoleOf(importer) === "test");
      if (own === "server" || isEntry) queue.push(file);
      if (isEntry) reached.add(file.filePath);
    }
    for (let index = 0; index < queue.length; index++) {
      for (const imported of this.links.importsOf(queue[index]!.filePath)) {
        if (reached.has(imported.filePath) || this.ownRoleOf(imported) !== "unknown") continue;
        reached.add(imported.filePath);
        queue.push(imported);
      }
    }
    return reached;
  }

  private ownRoleOf(summary: FileSummary): CodeRole | "unknown" {
    let role = this.ownRoles.get(summary.filePath);
    if (role === undefined) this.ownRoles.set(summary.filePath, (role = this.findOwnRole(summary)));
    return role;
  }

  private findOwnRole(summary: FileSummary): CodeRole | "unknown" {
    const markers = summary.codeMarkers ?? {};
    const relativePath = path.relative(this.root, summary.filePath);
    const segments = relativePath.split(/[\\/]/);
    const fileName = segments[segments.length - 1] ?? "";
    const folders = segments.slice(0, -1);
    if (isTestOrTooling(markers, relativePath, folders, fileName, this.testGlobs)) return "test";
    if (markers.clientDirective) return "browser";
    if (markers.serverMarker || summary.routes.length > 0) return "server";
    const packageKind = this.packageKindOf(this.links.packageOf(summary.filePath));
    if (packageKind === "browser") return "browser";
    if (packageKind === "tooling") return "test";
    if (markers.clientHooks || folders.includes("components")) return "browser";
    if (folders.includes("app") && /^(page|layout)\.[jt]sx?$/.test(fileName)) return "browser";
    if (/\.[jt]sx$/.test(fileName) && markers.rendersJsx && !/^route\./.test(fileName) && !folders.includes("api")) return "browser";
    return "unknown";
  }

  private packageKindOf(packageRoot: string): PackageKind {
    let kind = this.packageKinds.get(packageRoot);
    if (kind === undefined) {
      let browser = false;
      let commandLine = false;
      let serves = false;
      for (const file of this.links.filesOf(packageRoot)) {
        const markers = file.codeMarkers ?? {};
        const relativePath = path.relative(this.root, file.filePath);
        if (markers.testFramework || matchesAnyGlob(this.testGlobs, relativePath)) continue;
        if (markers.serverMarker || markers.serverRuntime || file.routes.some((route) => fileConventionFrameworks.has(route.framework))) serves = true;
        if (markers.uiRuntime) browser = true;
        if (markers.commandLine || (markers.runsOnce && isBinEntry(file))) commandLine = true;
      }
      kind = serves ? "mixed" : browser ? "browser" : commandLine ? "tooling" : "mixed";
      this.packageKinds.set(packageRoot, kind);
    }
    return kind;
  }
}

/** A script in a `bin/` folder: what a package installs as a command. */
function isBinEntry(file: FileSummary): boolean {
  return path.basename(path.dirname(file.filePath)) === "bin";
}

function isTestOrTooling(markers: CodeMarkers, relativePath: string, folders: readonly string[], fileName: string, testGlobs: readonly string[]): boolean {
  if (markers.testFramework || markers.loadTest || matchesAnyGlob(testGlobs, relativePath)) return true;
  if (folders.some((folder) => toolingFolders.has(folder)) || /^seed\.|\.seed\./.test(fileName)) return true;
  return markers.runsOnce === true && folders.some((folder) => scriptFolders.has(folder));
}

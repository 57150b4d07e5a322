// What kind of code a file is: production server code, test or tooling code, or browser code. Server rules judge
// production server code only; test and tooling code still gets the secrets rule (at warn), browser code only rules
// that apply to every kind of code. The syntactic markers are recorded while summarising; path globs come from the
// config; the package a file belongs to and the files that import it are linked by the project model.
import * as path from "node:path";
import { compileGlobs } from "../engine/glob-match.js";
import { ts } from "ts-morph";
import type { Extractor } from "./summarize.js";
import type { FileSummary, Framework } from "./types.js";

import type { CodeRole } from "../engine/types.js";

export type { CodeRole };

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
  /**
   * Runs once when executed: a `#!` line, top-level `await`, a top-level call of a function declared here (`main()`),
   * `import.meta.main`, `require.main === module`, or a read of `process.argv`.
   */
  runsOnce?: boolean;
  /** Talks to a person at a terminal: reads `process.stdin` or imports a prompt library. A server never does. */
  interactive?: boolean;
  /** Uses a DOM-only global (`document`, `window`, `FileReader`...) that the file neither declares nor guards with `typeof`. */
  domGlobals?: boolean;
  /** Modules loaded without binding a name (side-effect imports, `export * from`, `import()`), for the import graph. */
  unboundModules?: string[];
}

const testFrameworkModules = /^(vitest|jest|@jest\/globals|mocha|chai|@playwright\/test|cypress|supertest|light-my-request|@testing-library\/.+|@nestjs\/testing|node:test|ava|tap|uvu|sinon|msw(\/.*)?|nock)$/;
const loadTestModules = /^k6(\/.*)?$/;
const uiRuntimeModules = /^(vue|vue-router|pinia|@vueuse\/core|react-dom|react-dom\/client|preact|preact\/.+|svelte|svelte\/.+|solid-js|solid-js\/.+|@angular\/core|@tauri-apps\/.+)$|\.(vue|svelte)$/;
const serverRuntimeModules =
  /^(express|fastify|koa|@koa\/router|koa-router|hono|hono\/.+|@hono\/node-server|@nestjs\/(core|common)|next|next\/.+|@remix-run\/(node|server-runtime|cloudflare)|@react-router\/(node|serve|cloudflare)|@sveltejs\/kit|nuxt|h3|elysia|@trpc\/server(\/.*)?|socket\.io|@apollo\/server|graphql-yoga)$/;
const commandLineModules = /^(commander|yargs|yargs\/.+|cac|citty|meow|@oclif\/core|clipanion|sade|minimist|arg|@clack\/prompts|inquirer|@inquirer\/.+|prompts|enquirer)$/;
const promptModules = /^(@clack\/prompts|inquirer|@inquirer\/.+|prompts|enquirer)$/;
/** Globals only a browser page defines; Node, Deno, Bun and Workers define none of them. */
const domOnlyGlobals = new Set(["document", "window", "localStorage", "sessionStorage", "FileReader", "DataTransfer", "ClipboardEvent", "DragEvent", "HTMLElement", "HTMLInputElement", "HTMLImageElement", "HTMLCanvasElement"]);
/** Words whose presence makes a file worth the extra walk for script and DOM markers. */
const scriptOrDomWords = /\b(process\.(stdin|argv)|import\.meta\.main|require\.main|document|window|localStorage|sessionStorage|FileReader|DataTransfer|ClipboardEvent|DragEvent|HTML(Input|Image|Canvas)?Element)\b/;
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
      if (scriptOrDomWords.test(node.text)) noteScriptAndDomUse(node, markers);
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
  if (promptModules.test(specifier)) markers.interactive = true;
}

/**
 * One walk over a file that mentions script or DOM words: `process.stdin` makes it interactive; `process.argv`,
 * `import.meta.main` and `require.main` make it a script; a DOM-only global in value position makes it browser code,
 * unless the file declares that name itself (a `document` parameter of a server) or tests it with `typeof` (code
 * written to run on both sides).
 */
function noteScriptAndDomUse(file: ts.SourceFile, markers: CodeMarkers): void {
  const declared = new Set<string>();
  let guardsGlobals = false;
  const used = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) {
      const target = node.expression;
      if (ts.isIdentifier(target) && target.text === "process") {
        if (node.name.text === "stdin") markers.interactive = true;
        if (node.name.text === "argv") markers.runsOnce = true;
      } else if (ts.isMetaProperty(target) && target.keywordToken === ts.SyntaxKind.ImportKeyword && node.name.text === "main") markers.runsOnce = true;
      else if (ts.isIdentifier(target) && target.text === "require" && node.name.text === "main") markers.runsOnce = true;
    } else if (ts.isTypeOfExpression(node)) {
      if (ts.isIdentifier(node.expression) && domOnlyGlobals.has(node.expression.text)) guardsGlobals = true;
      return;
    } else if (ts.isIdentifier(node)) {
      if (domOnlyGlobals.has(node.text)) {
        if (isDeclarationName(node)) declared.add(node.text);
        else if (isValueReference(node)) used.add(node.text);
      }
      return;
    } else if (ts.isTypeNode(node)) return;
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (!guardsGlobals && [...used].some((name) => !declared.has(name))) markers.domGlobals = true;
}

/** The name a declaration introduces: a variable, parameter, function, class, import binding or binding element. */
function isDeclarationName(identifier: ts.Identifier): boolean {
  const parent = identifier.parent;
  return (
    ((ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isFunctionDeclaration(parent) || ts.isClassDeclaration(parent) || ts.isBindingElement(parent)) && parent.name === identifier) ||
    ts.isImportSpecifier(parent) ||
    ts.isImportClause(parent) ||
    ts.isNamespaceImport(parent)
  );
}

/** `document.x`, `new FileReader()`, `x instanceof DragEvent`: the name read as a value, not a property or key. */
function isValueReference(identifier: ts.Identifier): boolean {
  const parent = identifier.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === identifier) return false;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent) || ts.isPropertySignature(parent)) && parent.name === identifier) return false;
  if (ts.isShorthandPropertyAssignment(parent) || ts.isExportSpecifier(parent) || ts.isQualifiedName(parent)) return false;
  return !isDeclarationName(identifier);
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
/** A folder of a test suite named for its kind: `integration-tests`, `e2e_tests`, `api-test`. Its helpers are test code too. */
const testSuiteFolder = /^(integration|e2e|end-to-end|functional|acceptance|api|contract|smoke|system|load|unit)[-_]tests?$/;
/** Prisma's own folder (schema, migrations, seed): a script there that runs when executed fills or migrates a database. */
const databaseToolFolders = new Set(["prisma"]);

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
  /** Whether `specifier`, imported by `fromFile`, names one of the project's own files (relative, a path alias, a workspace package) that the links could not resolve. */
  isUnresolvedProjectImport(specifier: string, fromFile: string): boolean;
  /** Whether a package's seed command (`prisma.seed`, a `db:seed` script) runs `filePath`. */
  isDeveloperScript?(filePath: string): boolean;
}

/** Where a file's code runs, as far as the globs and the file itself say. */
export interface CodeRoleGlobs {
  /** Test code. */
  test: readonly string[];
  /** Folders of developer scripts: tooling unless production code imports the file. */
  tooling: readonly string[];
}

type PackageKind = "browser" | "tooling" | "mixed";
/** `tooling`: in a tooling folder, production only when server code imports it. */
type OwnRole = CodeRole | "unknown" | "tooling";

/**
 * Routes that exist by file convention. Routes registered on an app or router need the framework imported somewhere
 * in the package (`express()`, `new Hono()`), which is the stronger evidence: a `.post(...)` taken for a route on a
 * client object must not make a browser package serve requests.
 */
const fileConventionFrameworks = new Set<Framework>(["next-app", "next-pages", "edge-function", "worker"]);

/**
 * File names a runtime, framework or package manifest loads without an import: server and worker entries, Next.js
 * special files, instrumentation, middleware, package entries (`index`).
 */
const entryFileNames = new Set([
  "index", "main", "server", "app", "worker", "entry", "handler", "handlers", "lambda", "cli", "bootstrap", "start", "serve",
  "instrumentation", "middleware", "proxy", "page", "layout", "route", "template", "error", "loading", "not-found", "default",
  "global-error", "sitemap", "robots", "manifest", "opengraph-image", "twitter-image", "icon", "apple-icon", "_app", "_document",
]);
/** Folders whose files a platform serves by convention (Next pages, serverless `api/` and `functions/`) or runs as commands. */
const entryFolders = new Set(["pages", "api", "functions", "bin"]);
/** More than this share of a folder's other modules must be imported before one nobody imports counts as left behind. */
const importedSiblingShare = 0.5;

/**
 * Code roles for a whole project, memoised. The order of evidence, strongest first:
 * 1. Test or tooling: the test globs; a test framework or k6 import; a test suite's folder (`integration-tests`); a
 *    folder of seed data, benchmarks or examples; a file a package's seed command runs (`prisma.seed`, a `db:seed`
 *    script); a file that reads the terminal (`process.stdin`, a prompt library); a script in a tooling folder
 *    (`toolingGlobs`) or in Prisma's folder that runs when executed (a `#!` line, top-level `await`, a top-level
 *    `main()` call, `process.argv`, `import.meta.main`, `require.main`).
 * 2. Browser: a `"use client"` directive. Server: `"use server"`, `server-only`, `next/server`, or routes in the file.
 *    Browser again: a DOM-only global (`document`, `window`, `FileReader`...) the file neither declares nor guards.
 * 3. Any other file in a tooling folder is tooling unless server code reaches it through imports (5).
 * 4. The package: a package none of whose files serves requests (no file-convention routes, no server marker, no
 *    server framework import) is browser code when its files import a browser UI runtime (a Vue, Preact or Tauri app,
 *    an embeddable widget), and tooling when they import a command-line parser or prompt library or have a `bin/` script.
 * 5. The file itself: React client hooks, a `components/` folder, a Next `app/` page or layout, a `.jsx`/`.tsx` file that
 *    renders JSX outside a `route` file or `api/` folder.
 * 6. Its importers: a module that no server code reaches through imports, and that browser code does import, is
 *    browser code (an API helper of client components, a hook's fetcher). Server code is a file with server evidence
 *    and every file nothing but tests imports (an entry point), and what they import, transitively, unless it is
 *    browser or test code by its own evidence.
 * 7. Left behind: a module nothing imports, that no runtime or framework loads by convention (see `entryFileNames`),
 *    in a folder whose other modules are mostly imported, never runs: it is `unused`. A folder whose modules nobody
 *    imports is loaded some other way (a plugin directory read at boot) and keeps its modules.
 */
export class CodeRoles {
  private readonly ownRoles = new Map<string, OwnRole>();
  private readonly packageKinds = new Map<string, PackageKind>();
  private reachedByServer?: Set<string>;
  private unresolvedImports?: { paths: Set<string>; names: Set<string> };
  private folderImports?: Map<string, { modules: number; imported: number }>;

  constructor(
    private readonly root: string,
    private readonly globs: CodeRoleGlobs,
    private readonly links: CodeRoleLinks,
  ) {}

  roleOf(summary: FileSummary): CodeRole {
    const own = this.ownRoleOf(summary);
    if (own === "server" || own === "test" || own === "browser") return own;
    this.reachedByServer ??= this.findReachedByServer();
    if (!this.reachedByServer.has(summary.filePath)) return own === "tooling" ? "test" : "browser";
    return own === "unknown" && this.isLeftBehind(summary) ? "unused" : "server";
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
        const own = this.ownRoleOf(imported);
        if (reached.has(imported.filePath) || (own !== "unknown" && own !== "tooling")) continue;
        reached.add(imported.filePath);
        queue.push(imported);
      }
    }
    return reached;
  }

  /** See 7 above. */
  private isLeftBehind(summary: FileSummary): boolean {
    if (this.isImported(summary) || this.isEntryByConvention(summary)) return false;
    const folder = this.folderImportsOf(path.dirname(summary.filePath));
    // The file itself is one of the folder's modules and is not imported: its siblings are the rest.
    const siblings = folder.modules - 1;
    return siblings >= 2 && folder.imported > importedSiblingShare * siblings;
  }

  /** How many of a folder's modules (test code aside) there are and how many of them are imported; counted once per folder. */
  private folderImportsOf(folder: string): { modules: number; imported: number } {
    if (!this.folderImports) {
      this.folderImports = new Map();
      for (const file of this.links.files()) {
        if (this.ownRoleOf(file) === "test") continue;
        const key = path.dirname(file.filePath);
        const counts = this.folderImports.get(key) ?? { modules: 0, imported: 0 };
        counts.modules++;
        if (this.isImported(file)) counts.imported++;
        this.folderImports.set(key, counts);
      }
    }
    return this.folderImports.get(folder) ?? { modules: 0, imported: 0 };
  }

  /**
   * Whether any project file imports `summary`: resolved imports, or an import of a project file the links could not
   * resolve that names it: a relative path to it, or an alias ending in its name (its folder's name for an `index` file).
   */
  private isImported(summary: FileSummary): boolean {
    if (this.links.importersOf(summary.filePath).length > 0) return true;
    this.unresolvedImports ??= this.collectUnresolvedImports();
    const withoutExtension = stripSourceExtension(summary.filePath);
    const named = path.basename(withoutExtension) === "index" ? path.dirname(withoutExtension) : withoutExtension;
    return this.unresolvedImports.paths.has(withoutExtension) || this.unresolvedImports.paths.has(named) || this.unresolvedImports.names.has(path.basename(named));
  }

  private collectUnresolvedImports(): { paths: Set<string>; names: Set<string> } {
    const paths = new Set<string>();
    const names = new Set<string>();
    for (const file of this.links.files()) {
      for (const specifier of [...file.imports.map((binding) => binding.module), ...(file.codeMarkers?.unboundModules ?? [])]) {
        if (!this.links.isUnresolvedProjectImport(specifier, file.filePath)) continue;
        if (specifier.startsWith(".")) paths.add(stripSourceExtension(path.resolve(path.dirname(file.filePath), specifier)));
        else names.add(stripSourceExtension(specifier.slice(specifier.lastIndexOf("/") + 1)));
      }
    }
    return { paths, names };
  }

  private isEntryByConvention(summary: FileSummary): boolean {
    const markers = summary.codeMarkers ?? {};
    if (markers.runsOnce || markers.serverRuntime || markers.loadTest || summary.routes.length > 0) return true;
    const segments = path.relative(this.root, summary.filePath).split(/[\\/]/);
    const base = stripSourceExtension(segments[segments.length - 1] ?? "");
    if (entryFileNames.has(base) || base.includes(".config") || base.startsWith(".") || base.endsWith(".d")) return true;
    return segments.slice(0, -1).some((folder) => entryFolders.has(folder));
  }

  private ownRoleOf(summary: FileSummary): OwnRole {
    let role = this.ownRoles.get(summary.filePath);
    if (role === undefined) this.ownRoles.set(summary.filePath, (role = this.findOwnRole(summary)));
    return role;
  }

  private findOwnRole(summary: FileSummary): OwnRole {
    const markers = summary.codeMarkers ?? {};
    const relativePath = path.relative(this.root, summary.filePath);
    const segments = relativePath.split(/[\\/]/);
    const fileName = segments[segments.length - 1] ?? "";
    const folders = segments.slice(0, -1);
    if (isTestOrTooling(markers, relativePath, folders, fileName, this.globs) || this.links.isDeveloperScript?.(summary.filePath)) return "test";
    if (markers.clientDirective) return "browser";
    if (markers.serverMarker || summary.routes.length > 0) return "server";
    if (markers.domGlobals) return "browser";
    if (matchesAnyGlob(this.globs.tooling, relativePath)) return "tooling";
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
        if (markers.testFramework || matchesAnyGlob(this.globs.test, relativePath)) continue;
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

/** `get-file.server.ts` -> `get-file.server`, `./util.js` -> `./util`. */
function stripSourceExtension(name: string): string {
  return name.replace(/\.(d\.)?[mc]?[jt]sx?$/, "");
}

/** A script in a `bin/` folder: what a package installs as a command. */
function isBinEntry(file: FileSummary): boolean {
  return path.basename(path.dirname(file.filePath)) === "bin";
}

function isTestOrTooling(markers: CodeMarkers, relativePath: string, folders: readonly string[], fileName: string, globs: CodeRoleGlobs): boolean {
  if (markers.testFramework || markers.loadTest || markers.interactive || matchesAnyGlob(globs.test, relativePath)) return true;
  if (folders.some((folder) => toolingFolders.has(folder) || testSuiteFolder.test(folder)) || /^seed\.|\.seed\./.test(fileName)) return true;
  if (markers.runsOnce === true && folders.some((folder) => databaseToolFolders.has(folder))) return true;
  return markers.runsOnce === true && matchesAnyGlob(globs.tooling, relativePath);
}

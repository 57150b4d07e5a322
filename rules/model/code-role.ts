// What kind of code a file is: production server code, test or tooling code, or browser code. Server rules judge
// production server code only; test code still gets the secrets rule (at warn), browser code only rules that apply to
// every kind of code. The syntactic markers are recorded while summarising; path globs come from the config.
import picomatch from "picomatch";
import { ts } from "ts-morph";
import type { Extractor } from "./summarize.js";
import type { FileSummary } from "./types.js";

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
}

const testFrameworkModules = /^(vitest|jest|@jest\/globals|mocha|chai|@playwright\/test|cypress|supertest|light-my-request|@testing-library\/.+|@nestjs\/testing|node:test|ava|tap|uvu|sinon|msw(\/.*)?|nock)$/;
const serverModules = new Set(["server-only", "next/server"]);

export const codeMarkers: Extractor = {
  kinds: [ts.SyntaxKind.SourceFile, ts.SyntaxKind.ImportDeclaration, ts.SyntaxKind.CallExpression, ts.SyntaxKind.JsxElement, ts.SyntaxKind.JsxSelfClosingElement, ts.SyntaxKind.JsxFragment],
  visit(node, { summary }) {
    const markers = (summary.codeMarkers ??= {});
    if (ts.isSourceFile(node)) {
      for (const statement of node.statements) {
        if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) break;
        if (statement.expression.text === "use client") markers.clientDirective = true;
        if (statement.expression.text === "use server") markers.serverMarker = true;
      }
    } else if (ts.isImportDeclaration(node)) {
      if (ts.isStringLiteral(node.moduleSpecifier)) noteModule(node.moduleSpecifier.text, markers);
    } else if (ts.isCallExpression(node)) {
      // `require("supertest")` in CommonJS tests.
      const [argument] = node.arguments;
      if (ts.isIdentifier(node.expression) && node.expression.text === "require" && argument && ts.isStringLiteral(argument)) noteModule(argument.text, markers);
    } else {
      markers.rendersJsx = true;
    }
  },
};

function noteModule(specifier: string, markers: CodeMarkers): void {
  if (testFrameworkModules.test(specifier)) markers.testFramework = true;
  if (serverModules.has(specifier)) markers.serverMarker = true;
}

const globMatchers = new WeakMap<readonly string[], (path: string) => boolean>();

/** Whether `relativePath` (to the project root) matches one of `globs`; compiled once per glob list. */
export function matchesAnyGlob(globs: readonly string[], relativePath: string): boolean {
  if (globs.length === 0) return false;
  let matcher = globMatchers.get(globs);
  if (!matcher) globMatchers.set(globs, (matcher = picomatch(globs as string[], { dot: true })));
  return matcher(relativePath.replace(/\\/g, "/"));
}

/**
 * Test code: a path matching the test globs or a file importing a test framework. Browser code: a `"use client"` file,
 * anything under `components/`, a Next `app/` page or layout, and a `.jsx`/`.tsx` file that renders JSX without a server
 * marker (`"use server"`, `server-only`, `next/server`, a `route` file, an `api/` folder, or routes the model found).
 */
export function codeRoleOf(summary: FileSummary, relativePath: string, testGlobs: readonly string[]): CodeRole {
  const markers = summary.codeMarkers ?? {};
  if (markers.testFramework || matchesAnyGlob(testGlobs, relativePath)) return "test";
  if (markers.clientDirective) return "browser";
  if (markers.serverMarker || summary.routes.length > 0) return "server";
  const segments = relativePath.split(/[\\/]/);
  const fileName = segments[segments.length - 1] ?? "";
  const folders = segments.slice(0, -1);
  if (folders.includes("components")) return "browser";
  if (folders.includes("app") && /^(page|layout)\.[jt]sx?$/.test(fileName)) return "browser";
  if (/\.[jt]sx$/.test(fileName) && markers.rendersJsx && !/^route\./.test(fileName) && !folders.includes("api")) return "browser";
  return "server";
}

// What the project's own tooling says about its files: the test files its test-runner configs select (vitest, jest,
// Playwright, Cypress) and the files a generator wrote. Configs are read as data from their syntax tree, literal
// strings only: Harden never loads or runs them, so globs built at run time are not seen.
import * as path from "node:path";
import { ts } from "ts-morph";
import type { Extractor } from "./summarize.js";
import { stringValue } from "./syntax.js";
import type { FileSummary } from "./types.js";

/** Config files of test runners: `vitest.config.mts`, `vite.config.ts`, `jest.int.config.js`, `playwright.config.ts`, `vitest.workspace.ts`. */
const testRunnerConfigFile = /^((vitest|vite|jest|playwright|cypress)([.-][\w-]+)*\.config|vitest\.(workspace|projects))\.[mc]?[jt]s$/;

/**
 * Properties naming test files, and how a value becomes a glob. vitest's `include` counts only under `test` (a
 * `coverage.include` or `optimizeDeps.include` names source files or packages); `includeSource` names production files
 * holding in-source tests and is left out. Playwright's `testDir` is a folder of test code.
 */
const testFileProperties: ReadonlyMap<string, (value: string) => string> = new Map([
  ["include", (value: string) => value],
  ["testMatch", (value: string) => value],
  ["specPattern", (value: string) => value],
  ["testDir", (value: string) => `${value.replace(/\/+$/, "")}/**`],
]);

/** Folders that hold a package's production sources: a glob naming only these and an extension selects everything. */
const sourceRootFolders = new Set(["src", "lib", "app", "apps", "source", "packages", "server", "api"]);

/** A leading comment saying a tool wrote the file. */
const generatedBanner = /@generated\b|\b(auto-?generated|automatically generated|generated (by|from|with|automatically)|code generated)\b|\bdo not (edit|modify) this file\b/i;

export const projectTooling: Extractor = {
  kinds: [ts.SyntaxKind.SourceFile],
  visit(node, { summary }) {
    if (!ts.isSourceFile(node)) return;
    if (hasGeneratedBanner(node)) (summary.codeMarkers ??= {}).generated = true;
    if (testRunnerConfigFile.test(path.basename(summary.filePath))) {
      const globs = testFileGlobsIn(node);
      if (globs.length > 0) summary.testRunnerGlobs = globs;
    }
  },
};

function hasGeneratedBanner(file: ts.SourceFile): boolean {
  const firstStatement = file.statements[0];
  const end = firstStatement ? firstStatement.getStart(file) : file.text.length;
  const ranges = ts.getLeadingCommentRanges(file.text, file.text.startsWith("#!") ? file.text.indexOf("\n") + 1 : 0) ?? [];
  return ranges.some((range) => range.end <= end && generatedBanner.test(file.text.slice(range.pos, range.end)));
}

/**
 * Literal test-file globs of a config, relative to its folder: the property's string or its array's strings, joined
 * with the `rootDir`/`root` of an enclosing object (jest's `<rootDir>` replaced by it). Negations are left out, and so
 * is a glob that names no more than a source folder and an extension (`src/**\/*.ts`), which would make every file a test.
 */
function testFileGlobsIn(file: ts.SourceFile): string[] {
  const globs: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node)) {
      const name = propertyNameOf(node);
      const toGlob = name === undefined ? undefined : testFileProperties.get(name);
      if (toGlob && (name !== "include" || isUnderTestProperty(node))) {
        const base = rootOf(node);
        for (const value of literalStrings(node.initializer)) {
          if (value.startsWith("!")) continue;
          const glob = path.posix.normalize(path.posix.join(base, toGlob(value).replace(/^<rootDir>\/?/, "")));
          if (namesTestFiles(glob)) globs.push(glob.replace(/^\.\//, ""));
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return [...new Set(globs)];
}

function propertyNameOf(property: ts.PropertyAssignment): string | undefined {
  const name = property.name;
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

function literalStrings(value: ts.Expression): string[] {
  if (ts.isArrayLiteralExpression(value)) return value.elements.flatMap((element) => literalStrings(element));
  const text = stringValue(value);
  return text === undefined || text === "" ? [] : [text];
}

/** `test: { include: [...] }`: the object holding `include` is the value of a `test` property. */
function isUnderTestProperty(property: ts.PropertyAssignment): boolean {
  const object = property.parent;
  return ts.isPropertyAssignment(object.parent) && propertyNameOf(object.parent) === "test";
}

/** The nearest `rootDir` (jest) or `root` (vitest) literal among the properties of the objects around `property`. */
function rootOf(property: ts.PropertyAssignment): string {
  for (let node: ts.Node = property.parent; node && !ts.isSourceFile(node); node = node.parent) {
    if (!ts.isObjectLiteralExpression(node)) continue;
    for (const sibling of node.properties) {
      if (!ts.isPropertyAssignment(sibling) || !/^(rootDir|root)$/.test(propertyNameOf(sibling) ?? "")) continue;
      const root = stringValue(sibling.initializer);
      if (root !== undefined) return root;
    }
  }
  return ".";
}

/** Whether a glob says what makes a file a test: a word in its file name (`*.servertest.ts`) or a folder beyond the source roots. */
function namesTestFiles(glob: string): boolean {
  const segments = glob.split("/");
  const fileName = (segments.pop() ?? "").replace(/\.(\{[^}]*\}|[\w?()[\]|@*+!]+)$/, "");
  if (/[A-Za-z_]/.test(fileName.replace(/\*/g, ""))) return true;
  return segments.some((segment) => /[A-Za-z_]/.test(segment) && !segment.includes("*") && !sourceRootFolders.has(segment) && segment !== "." && segment !== "..");
}

/** Test-file globs of every test-runner config in the project, relative to `root`. */
export function testRunnerGlobsOf(files: Iterable<FileSummary>, root: string): string[] {
  const globs: string[] = [];
  for (const file of files) {
    if (!file.testRunnerGlobs) continue;
    const folder = path.relative(root, path.dirname(file.filePath)).replace(/\\/g, "/");
    for (const glob of file.testRunnerGlobs) {
      const joined = path.posix.normalize(path.posix.join(folder || ".", glob));
      if (!joined.startsWith("../")) globs.push(joined.replace(/^\.\//, ""));
    }
  }
  return globs;
}

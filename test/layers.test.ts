// Imports point one way: the engine (rule running, suppressions, fixes, config) never imports the framework model;
// the model and the rules build on the engine's interfaces, and rules/lint-project.ts wires the model in. Read from
// each file's syntax tree, so a comment or string that names a path proves nothing either way.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { ts } from "ts-morph";

const rulesDirectory = path.resolve(__dirname, "..", "rules");
const engineDirectory = path.join(rulesDirectory, "engine");
const modelDirectory = path.join(rulesDirectory, "model");

/** Every module a file names in code: imports, `export … from`, `import x = require()`, `require()`, `import()` and `import("…")` types, `declare module`. */
function moduleSpecifiersOf(filePath: string, text: string): string[] {
  const sourceFile = ts.createSourceFile(filePath, text, ts.ScriptTarget.Latest, true);
  const specifiers: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isExternalModuleReference(node) && ts.isStringLiteral(node.expression)) {
      specifiers.push(node.expression.text);
    } else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === "require"))) {
      const [first] = node.arguments;
      if (first && ts.isStringLiteralLike(first)) specifiers.push(first.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      specifiers.push(node.argument.literal.text);
    } else if (ts.isModuleDeclaration(node) && ts.isStringLiteral(node.name)) {
      specifiers.push(node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return specifiers;
}

/** The model files `filePath` (under the engine) reaches into, as `specifier` lines. */
function modelImportsOf(filePath: string, text: string): string[] {
  return moduleSpecifiersOf(filePath, text).filter((specifier) => {
    if (!specifier.startsWith(".")) return false;
    const target = path.resolve(path.dirname(filePath), specifier);
    return target === modelDirectory || target.startsWith(`${modelDirectory}${path.sep}`);
  });
}

function sourceFilesUnder(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFilesUnder(full);
    return /\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(entry.name) ? [full] : [];
  });
}

describe("layers: the engine does not import the model", () => {
  it("finds no import of rules/model/ in any file under rules/engine/", () => {
    const files = sourceFilesUnder(engineDirectory);
    assert.ok(files.length > 5, "the engine's files are found");
    const offending = files.flatMap((filePath) =>
      modelImportsOf(filePath, fs.readFileSync(filePath, "utf8")).map((specifier) => `${path.relative(rulesDirectory, filePath)} imports ${specifier}`),
    );
    assert.deepEqual(offending, []);
  });

  it("sees every way of naming a module, and not a path in a comment or string", () => {
    const filePath = path.join(engineDirectory, "example.ts");
    const text = [
      `// import { ProjectModel } from "../model/project-model.js";`,
      `const note = "../model/types.js";`,
      `import type { FileSummary } from "../model/types.js";`,
      `export { summarizeFile } from "../model/summarize.js";`,
      `import secrets = require("../model/secrets.js");`,
      `const lazy = () => import("../model/previews.js");`,
      `const loaded = require("../model/secret-literals.js");`,
      `type Model = import("../model/project-model.js").ProjectModel;`,
      `import { walkPreOrder } from "./walk.js";`,
      `import { ts } from "ts-morph";`,
    ].join("\n");
    assert.deepEqual(modelImportsOf(filePath, text), [
      "../model/types.js",
      "../model/summarize.js",
      "../model/secrets.js",
      "../model/previews.js",
      "../model/secret-literals.js",
      "../model/project-model.js",
    ]);
  });
});

// Collects a fix as data: text edits in the current file plus files to create or extend. Never touches a tree.
import * as path from "node:path";
import { ts } from "ts-morph";
import type { FileWrite, Span, TextEdit } from "./types.js";

type Target = ts.Node | Span | number;

export class FixBuilder {
  readonly edits: TextEdit[] = [];
  readonly files: FileWrite[] = [];

  constructor(
    readonly filePath: string,
    private readonly sourceFile: ts.SourceFile,
    readonly projectRoot: string,
  ) {}

  replace(target: ts.Node | Span, newText: string): this {
    const { start, end } = spanOf(target, this.sourceFile);
    return this.push(start, end, newText);
  }

  insertBefore(target: Target, text: string): this {
    const { start } = spanOf(target, this.sourceFile);
    return this.push(start, start, text);
  }

  insertAfter(target: Target, text: string): this {
    const { end } = spanOf(target, this.sourceFile);
    return this.push(end, end, text);
  }

  remove(target: ts.Node | Span): this {
    return this.replace(target, "");
  }

  /**
   * Makes `name` available from `module`: reuses an existing import of it, extends a named import from the
   * same module, or adds an import (a `require` in CommonJS files) after the last one.
   */
  addNamedImport(module: string, name: string): this {
    const { imports, callsRequire } = importsOf(this.sourceFile);
    for (const declaration of imports) {
      if (!ts.isStringLiteral(declaration.moduleSpecifier) || declaration.moduleSpecifier.text !== module) continue;
      const bindings = declaration.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) {
        if (bindings.elements.some((element) => element.name.text === name)) return this;
        if (declaration.importClause?.isTypeOnly) continue;
        const last = bindings.elements[bindings.elements.length - 1];
        if (last) return this.push(last.end, last.end, `, ${name}`);
        return this.push(bindings.getStart(this.sourceFile) + 1, bindings.getStart(this.sourceFile) + 1, ` ${name} `);
      }
    }
    const usesRequire = imports.length === 0 && callsRequire;
    const line = usesRequire ? `const { ${name} } = require("${module}");\n` : `import { ${name} } from "${module}";\n`;
    const lastImport = imports[imports.length - 1];
    if (lastImport) return this.push(lastImport.end, lastImport.end, "\n" + line.trimEnd());
    // The first import of a file gets a blank line between it and the code.
    const position = firstStatementInsertPosition(this.sourceFile);
    return this.push(position, position, usesRequire ? line : line + "\n");
  }

  /** Creates `relativePath` (from the project root) when it is missing. */
  createFile(relativePath: string, text: string): this {
    this.files.push({ filePath: path.resolve(this.projectRoot, relativePath), mode: "create", text });
    return this;
  }

  /** Appends each line of `text` the file lacks, creating the file when missing. */
  appendLines(relativePath: string, text: string): this {
    this.files.push({ filePath: path.resolve(this.projectRoot, relativePath), mode: "appendLines", text });
    return this;
  }

  /** A module specifier from the current file to `targetFile`, without extension (`./lib/auth`). */
  moduleSpecifierTo(targetFile: string): string {
    let relative = path.relative(path.dirname(this.filePath), targetFile).replace(/\\/g, "/").replace(/\.(tsx?|mts|cts|jsx?|mjs|cjs)$/, "");
    relative = relative.replace(/\/index$/, "");
    return relative.startsWith(".") ? relative : "./" + relative;
  }

  private push(start: number, end: number, newText: string): this {
    this.edits.push({ filePath: this.filePath, start, end, newText });
    return this;
  }
}

function spanOf(target: Target, sourceFile: ts.SourceFile): Span {
  if (typeof target === "number") return { start: target, end: target };
  if ("kind" in target) return { start: target.getStart(sourceFile), end: target.getEnd() };
  return target;
}

/** After a leading shebang, "use strict"/"use client" directives and header comments. */
function firstStatementInsertPosition(sourceFile: ts.SourceFile): number {
  let position = 0;
  for (const statement of sourceFile.statements) {
    if (ts.isExpressionStatement(statement) && ts.isStringLiteral(statement.expression)) position = statement.end + 1;
    else break;
  }
  if (position > 0) return Math.min(position, sourceFile.text.length);
  const first = sourceFile.statements[0];
  return first ? first.getStart(sourceFile) : sourceFile.text.length;
}

/** A file's imports, found once per file: each of a file's fixes may add one, and there may be thousands. */
const fileImports = new WeakMap<ts.SourceFile, { imports: ts.ImportDeclaration[]; callsRequire: boolean }>();

function importsOf(sourceFile: ts.SourceFile): { imports: ts.ImportDeclaration[]; callsRequire: boolean } {
  let found = fileImports.get(sourceFile);
  if (!found) fileImports.set(sourceFile, (found = { imports: sourceFile.statements.filter(ts.isImportDeclaration), callsRequire: /\brequire\s*\(/.test(sourceFile.text) }));
  return found;
}

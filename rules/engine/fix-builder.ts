// Collects a fix as data: text edits in the current file plus files to create or extend. Never touches a tree.
// What it inserts follows the file's quotes, semicolons and indentation, and never lands between a directive
// comment (`// @ts-ignore`, `// eslint-disable-next-line`...) and the line it governs.
import * as path from "node:path";
import { ts } from "ts-morph";
import { codeStyleOf, inStyle, type CodeStyle, type Placement } from "./code-style.js";
import type { FileWrite, JsonEntry, Span, TextEdit } from "./types.js";

type Target = ts.Node | Span | number;

export class FixBuilder {
  readonly edits: TextEdit[] = [];
  readonly files: FileWrite[] = [];
  /** Set by `offerAsSuggestion`: the fix is offered one at a time in the editor, never applied by `--fix`. */
  suggestionReason: string | undefined;

  constructor(
    readonly filePath: string,
    private readonly sourceFile: ts.SourceFile,
    readonly projectRoot: string,
    /** For a file without a relative import: whether its package's imports carry extensions (`./db.js`). */
    private readonly packageWritesExtensions: () => boolean = () => false,
  ) {}

  /**
   * Turns the fix into a suggestion, whatever kind the rule gives it: for a fix whose correctness depends on intent (a
   * created guard where no sibling route shows which one the project uses, a 4xx answer's message). The one way a fix
   * is held back from `--fix`, so every report can show `reason`.
   */
  offerAsSuggestion(reason: string): this {
    this.suggestionReason = reason;
    return this;
  }

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

  /** The file's quotes, semicolons and indentation unit, for rules that lay out code of several lines. */
  get style(): CodeStyle {
    return codeStyleOf(this.sourceFile);
  }

  remove(target: ts.Node | Span): this {
    return this.replace(target, "");
  }

  /**
   * Makes `name` available from `module`: reuses an existing import of it, extends a named import from the
   * same module, or adds an import (a `require` in CommonJS files) after the last one.
   */
  addNamedImport(module: string, name: string): this {
    const { imports } = importsOf(this.sourceFile);
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
    return this.addImportLine(`import { ${name} } from "${module}";`, `const { ${name} } = require("${module}");`);
  }

  /**
   * Drops the named import `name` once the fix's edits leave it unused: `except` is the one place the file names it
   * outside the import (the type the fix replaces). A project compiled with `noUnusedLocals` would refuse it otherwise.
   */
  removeImportLeftUnused(name: string, except: ts.Node): this {
    let uses = 0;
    const count = (node: ts.Node): void => {
      if (node === except) return;
      if (ts.isIdentifier(node) && node.text === name) uses++;
      else ts.forEachChild(node, count);
    };
    for (const statement of this.sourceFile.statements) if (!ts.isImportDeclaration(statement)) count(statement);
    if (uses > 0) return this;
    for (const declaration of importsOf(this.sourceFile).imports) {
      const clause = declaration.importClause;
      const bindings = clause?.namedBindings;
      if (!clause || !bindings || !ts.isNamedImports(bindings)) continue;
      const index = bindings.elements.findIndex((element) => element.name.text === name);
      if (index < 0) continue;
      if (bindings.elements.length === 1 && !clause.name) {
        const text = this.sourceFile.text;
        const end = text.startsWith("\r\n", declaration.end) ? declaration.end + 2 : text[declaration.end] === "\n" ? declaration.end + 1 : declaration.end;
        return this.push(declaration.getStart(this.sourceFile), end, "");
      }
      const element = bindings.elements[index]!;
      // With its comma: the one after it, or for the last, the one before it.
      const next = bindings.elements[index + 1];
      const previous = bindings.elements[index - 1];
      if (next) return this.push(element.getStart(this.sourceFile), next.getStart(this.sourceFile), "");
      if (previous) return this.push(previous.end, element.end, "");
      // The only named binding beside a default import: `Default, { Name }` becomes `Default`.
      return this.push(clause.name!.end, bindings.end, "");
    }
    return this;
  }

  /**
   * Binds `local` to the whole of `module` (`import Joi from "joi"`, `import * as v from "valibot"`, or a `require` in
   * CommonJS files) unless the file already binds it that way; the line goes after the last import.
   */
  addModuleImport(module: string, local: string, kind: "default" | "namespace"): this {
    const bound = importsOf(this.sourceFile).imports.some((declaration) => {
      const clause = declaration.importClause;
      if (!ts.isStringLiteral(declaration.moduleSpecifier) || declaration.moduleSpecifier.text !== module || !clause || clause.isTypeOnly) return false;
      const bindings = clause.namedBindings;
      return kind === "default" ? clause.name?.text === local : !!bindings && ts.isNamespaceImport(bindings) && bindings.name.text === local;
    });
    if (bound) return this;
    const clause = kind === "default" ? local : `* as ${local}`;
    return this.addImportLine(`import ${clause} from "${module}";`, `const ${local} = require("${module}");`);
  }

  /** Adds an import line after the last import (`requireLine` in a CommonJS file without imports). */
  private addImportLine(importLine: string, requireLine: string): this {
    const { imports, callsRequire } = importsOf(this.sourceFile);
    const usesRequire = imports.length === 0 && callsRequire;
    const line = (usesRequire ? requireLine : importLine) + "\n";
    const lastImport = imports[imports.length - 1];
    if (lastImport) return this.push(lastImport.end, lastImport.end, "\n" + line.trimEnd());
    // The first import of a file gets a blank line between it and the code.
    const position = firstStatementInsertPosition(this.sourceFile);
    return this.push(position, position, usesRequire ? line : line + "\n");
  }

  /** Creates `relativePath` (from the project root) when it is missing. */
  createFile(relativePath: string, text: string): this {
    // A module takes the style of the file that imports it; other files (JSON, Markdown) are written as given.
    const styled = /\.(m|c)?[jt]sx?$/.test(relativePath) ? inStyle(text, this.style, "") : text;
    this.files.push({ filePath: path.resolve(this.projectRoot, relativePath), mode: "create", text: styled });
    return this;
  }

  /** Adds `entry` to an object of the JSON file at `filePath` (absolute) unless its key is there, in the file's layout. */
  addJsonEntry(filePath: string, entry: JsonEntry): this {
    this.files.push({ filePath, mode: "addJsonEntry", text: "", entry });
    return this;
  }

  /** Appends each line of `text` the file lacks, creating the file when missing. */
  appendLines(relativePath: string, text: string): this {
    this.files.push({ filePath: path.resolve(this.projectRoot, relativePath), mode: "appendLines", text });
    return this;
  }

  /**
   * A module specifier from the current file to `targetFile`: without extension (`./lib/auth`), or with the emitted
   * one (`./lib/auth.js`) when the file's own relative imports carry extensions, as Node's ESM resolution requires (its
   * package's, when the file has none).
   */
  moduleSpecifierTo(targetFile: string): string {
    const relative = path.relative(path.dirname(this.filePath), targetFile).replace(/\\/g, "/");
    const specifier = relative.startsWith(".") ? relative : "./" + relative;
    if (writesExtensions(this.sourceFile) ?? this.packageWritesExtensions()) return specifier.replace(/\.(m|c)?[tj]sx?$/, (extension) => emittedExtensions[extension] ?? extension);
    return specifier.replace(/\.(tsx?|mts|cts|jsx?|mjs|cjs)$/, "").replace(/\/index$/, "");
  }

  private push(start: number, end: number, newText: string): this {
    if (start === end) {
      ({ position: start, text: newText } = this.placeOutsideDirectives(start, newText));
      end = start;
    }
    const text = this.sourceFile.text;
    if (!isInsideLiteral(this.sourceFile, start)) newText = inStyle(newText, this.style, text.slice(end, end + 200), placementAt(text, start, end));
    this.edits.push({ filePath: this.filePath, start, end, newText });
    return this;
  }

  /**
   * An insertion that would separate a directive comment from its line (`// @ts-ignore` above the code it silences)
   * moves above the comment, so the directive still governs the same code.
   */
  private placeOutsideDirectives(position: number, text: string): { position: number; text: string } {
    if (!text.includes("\n")) return { position, text };
    const source = this.sourceFile.text;
    for (;;) {
      const lineStart = source.lastIndexOf("\n", position - 1) + 1;
      // Only an insertion in the indentation before a line's code, or at the end of a directive line, sits in between.
      const beforeOnLine = source.slice(lineStart, position);
      const isLineEnd = /^[ \t]*(\r?\n|$)/.test(source.slice(position));
      const directive = /^[ \t]*$/.test(beforeOnLine) ? directiveLineAbove(source, lineStart) : isLineEnd ? directiveLineAt(source, lineStart) : undefined;
      if (!directive) return { position, text };
      if (/^[ \t]*$/.test(beforeOnLine)) {
        // Keep the insertion's shape: at a line start it goes to the directive's line start, after indentation before the comment.
        position = position === lineStart ? directive.lineStart : directive.commentStart;
      } else {
        // `\nX` at the end of the directive line becomes `X\n` before the directive's code... above the comment.
        position = directive.lineStart;
        text = text.replace(/^\r?\n/, "") + "\n";
      }
    }
  }
}

/** `@ts-ignore`, `@ts-expect-error` and the linters' next-line suppressions govern the line after them. */
const nextLineDirective = /^\s*(?:\/\/|\/\*)\s*(?:@ts-ignore|@ts-expect-error|eslint-disable-next-line|harden-ignore-next-line|biome-ignore|oxlint-disable-next-line|deno-lint-ignore(?!-file)|prettier-ignore|istanbul ignore next|c8 ignore next)\b/;

interface DirectiveLine {
  lineStart: number;
  commentStart: number;
}

/** The directive comment on the line before the one starting at `lineStart`, if that line is one. */
function directiveLineAbove(source: string, lineStart: number): DirectiveLine | undefined {
  if (lineStart === 0) return undefined;
  return directiveLineAt(source, source.lastIndexOf("\n", lineStart - 2) + 1);
}

function directiveLineAt(source: string, lineStart: number): DirectiveLine | undefined {
  const lineEnd = source.indexOf("\n", lineStart);
  const line = source.slice(lineStart, lineEnd === -1 ? source.length : lineEnd);
  if (!nextLineDirective.test(line)) return undefined;
  return { lineStart, commentStart: lineStart + /^[ \t]*/.exec(line)![0].length };
}

/** How code replacing `start`..`end` sits: at a line start or not, among the indentation of the lines around it. */
function placementAt(text: string, start: number, end: number): Placement {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const lineIndent = /^[ \t]*/.exec(text.slice(lineStart, start))![0];
  // The next line with code after the replaced text: a fix inserting at a block's `{` indents from its first statement.
  const nextLine = /\r?\n([ \t]*)\S/.exec(text.slice(end, end + 2000));
  const anchors = nextLine ? [lineIndent, nextLine[1]!] : [lineIndent];
  if (start === end) return { atLineStart: start === lineStart, anchors };
  return { atLineStart: start === lineStart, anchors, replacedLines: new Set(text.slice(lineStart, end).split(/\r?\n/)) };
}

/** Whether `position` is inside a string, template or regular expression literal (text there is data, not code). */
function isInsideLiteral(sourceFile: ts.SourceFile, position: number): boolean {
  let node: ts.Node = sourceFile;
  for (;;) {
    const child: ts.Node | undefined = ts.forEachChild(node, (candidate) => (candidate.getStart(sourceFile) < position && position < candidate.end ? candidate : undefined));
    if (!child) break;
    node = child;
  }
  return ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isRegularExpressionLiteral(node) || ts.isJsxText(node);
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

const emittedExtensions: Record<string, string> = { ".ts": ".js", ".tsx": ".js", ".mts": ".mjs", ".cts": ".cjs" };

/** Most of the file's relative imports name the file with its extension (`./db.js`); undefined when it has none. */
function writesExtensions(sourceFile: ts.SourceFile): boolean | undefined {
  const relative = importsOf(sourceFile).imports.map((declaration) => (ts.isStringLiteral(declaration.moduleSpecifier) ? declaration.moduleSpecifier.text : "")).filter((specifier) => specifier.startsWith("."));
  if (relative.length === 0) return undefined;
  const withExtension = relative.filter((specifier) => /\.(m|c)?jsx?$/.test(specifier)).length;
  return withExtension > 0 && withExtension * 2 >= relative.length;
}

/** A file's imports, found once per file: each of a file's fixes may add one, and there may be thousands. */
const fileImports = new WeakMap<ts.SourceFile, { imports: ts.ImportDeclaration[]; callsRequire: boolean }>();

function importsOf(sourceFile: ts.SourceFile): { imports: ts.ImportDeclaration[]; callsRequire: boolean } {
  let found = fileImports.get(sourceFile);
  if (!found) fileImports.set(sourceFile, (found = { imports: sourceFile.statements.filter(ts.isImportDeclaration), callsRequire: /\brequire\s*\(/.test(sourceFile.text) }));
  return found;
}

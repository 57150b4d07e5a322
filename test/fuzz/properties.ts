// The properties the fuzzers check, shared by the fixed-seed tests (test/fuzz/fuzz.test.ts) and the long campaign
// (scripts/fuzz.ts). Each throws an Error naming what broke; it never swallows an engine failure.
import * as path from "node:path";
import { ts } from "ts-morph";
import { parseSource } from "../../rules/engine/analyze.js";
import { applyFixEdits } from "../../rules/engine/apply-edits.js";
import { fixUntilStable, type LintResult, lintSources, type SourceText } from "../../rules/lint-project.js";
import type { Finding, Fix, TextEdit } from "../../rules/engine/types.js";
import { registry } from "../../rules/index.js";
import { isSourceFile } from "../../server/host/source-files.js";
import type { FixtureFile } from "./corpus.js";

/** The seed of the fuzz tier in `npm test`, so a failure there reproduces exactly. */
export const fixedSeed = 20_261_122;

/** How long one lint of a fixture and its siblings may take before it counts as a hang (a deadline, not a speed target). */
export const perFileDeadlineMs = 10_000;

/** Notices that mean the engine or a rule crashed, rather than input it declined on purpose. */
const crashNotice = /failed on this file|^skipped: (?!too deeply nested to analyse$)/;

export function countParseErrors(filePath: string, text: string): number {
  return (parseSource(filePath, text) as unknown as { parseDiagnostics: readonly unknown[] }).parseDiagnostics.length;
}

function lintWithDeadline(sources: readonly SourceText[], fixture: FixtureFile): LintResult {
  const startedAt = performance.now();
  const result = lintSources(sources, fixture.config, registry);
  const elapsed = performance.now() - startedAt;
  if (elapsed > perFileDeadlineMs) throw new Error(`${fixture.label}: lint took ${Math.round(elapsed)} ms, past the ${perFileDeadlineMs} ms deadline`);
  return result;
}

/** Linting any text never throws or crashes a rule, every notice is one line, and every range lies inside its file. */
export function checkEngineSurvives(fixture: FixtureFile, text: string): LintResult {
  const sources = [{ filePath: fixture.filePath, text }, ...fixture.siblings];
  const result = lintWithDeadline(sources, fixture);
  for (const notice of result.notices.concat(result.files.flatMap((file) => file.notices))) {
    if (/[\r\n]/.test(notice.message)) throw new Error(`${fixture.label}: a notice spans several lines: ${JSON.stringify(notice.message)}`);
    if (crashNotice.test(notice.message)) throw new Error(`${path.basename(notice.filePath)}: ${notice.message}`);
  }
  const analysis = result.files.find((file) => file.filePath === fixture.filePath);
  if (!analysis && !result.notices.some((notice) => notice.filePath === fixture.filePath)) throw new Error(`${fixture.label}: neither analysed nor given a notice`);
  const texts = new Map(sources.map((source) => [source.filePath, source.text]));
  for (const finding of result.files.flatMap((file) => file.findings)) assertRangesInside(finding, texts);
  return result;
}

function assertRangesInside(finding: Finding, texts: ReadonlyMap<string, string>): void {
  const text = texts.get(finding.filePath)!;
  const { start, end } = finding.span;
  const where = `${finding.ruleId} at ${start}-${end} in ${path.basename(finding.filePath)} (${text.length} chars)`;
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) throw new Error(`span outside the file: ${where}`);
  const { line, column, endLine, endColumn } = finding.location;
  if (line < 1 || column < 1 || endLine < line || (endLine === line && endColumn < column)) throw new Error(`location out of order: ${where} ${JSON.stringify(finding.location)}`);
  for (const fix of finding.fixes) {
    for (const edit of fix.edits) {
      const editedLength = texts.get(edit.filePath)?.length ?? 0;
      if (!(0 <= edit.start && edit.start <= edit.end && edit.end <= editedLength)) {
        throw new Error(`fix "${fix.title}" edits outside ${path.basename(edit.filePath)} (${editedLength} chars): ${where} edit ${edit.start}-${edit.end}`);
      }
    }
  }
}

export interface FixCheckOutcome {
  fixesChecked: number;
}

/**
 * For a file that parses, every fix of every finding: stays in the finding's file, touches only the statement that
 * holds the finding plus imports, writes files only inside the project (`.env.example` gets names, never values),
 * parses no worse, and (for fixes `--fix` applies) is not reported again. Then `--fix` converges and is idempotent.
 */
export function checkFixesSound(fixture: FixtureFile, text: string): FixCheckOutcome {
  const { filePath } = fixture;
  const errorsBefore = countParseErrors(filePath, text);
  const sources = [{ filePath, text }, ...fixture.siblings];
  const result = checkEngineSurvives(fixture, text);
  const findings = result.files.find((file) => file.filePath === filePath)?.findings ?? [];
  const sourceFile = parseSource(filePath, text);
  let fixesChecked = 0;
  for (const finding of findings) {
    finding.fixes.forEach((fix, index) => {
      const where = `${fixture.label}: ${finding.ruleId} line ${finding.location.line}, fix "${fix.title}"`;
      assertEditsConfined(fix, finding, sourceFile, where);
      assertFileWritesDeclared(fix, fixture, where);
      const ownEdits = fix.edits.filter((edit) => edit.filePath === filePath);
      const { text: fixed, appliedFixes } = applyFixEdits(text, [ownEdits]);
      if (ownEdits.length > 0 && appliedFixes !== 1) throw new Error(`${where}: its edits were not applied`);
      const errorsAfter = countParseErrors(filePath, fixed);
      if (errorsAfter > errorsBefore) throw new Error(`${where}: the fixed text has ${errorsAfter} parse errors, ${errorsBefore} before`);
      assertOtherFilesParse(fix, fixture, where);
      if (index === 0 && fix.kind !== "suggestion" && fix.edits.length > 0) assertNotReportedAgain(fixture, finding, findings, text, fixed, fix);
      fixesChecked++;
    });
  }
  assertFixAllIdempotent(fixture, sources);
  return { fixesChecked };
}

function assertEditsConfined(fix: Fix, finding: Finding, sourceFile: ts.SourceFile, where: string): void {
  const regions = reportedRegions(finding, sourceFile);
  const sorted = [...fix.edits].sort((a, b) => a.start - b.start);
  for (const [index, edit] of sorted.entries()) {
    if (edit.filePath !== finding.filePath) {
      // A fix may extend another project module (e.g. add a variable to the env schema) but never rewrite it.
      if (edit.start !== edit.end) throw new Error(`${where}: replaces text in another file, ${path.basename(edit.filePath)}`);
      continue;
    }
    const previous = sorted[index - 1];
    if (previous && previous.end > edit.start) throw new Error(`${where}: two of its edits overlap (${previous.start}-${previous.end} and ${edit.start}-${edit.end})`);
    const insideRegion = regions.some((region) => region.pos <= edit.start && edit.end <= region.end);
    if (!insideRegion && !isImportEdit(edit, sourceFile)) {
      throw new Error(`${where}: edit ${edit.start}-${edit.end} ${JSON.stringify(edit.newText.slice(0, 60))} lies outside the statement holding the finding and the declarations it names, and is not an import`);
    }
  }
}

/** The top-level statement holding the finding, and top-level variable statements declaring a name it uses (a fix may extend the options object a call passes). */
function reportedRegions(finding: Finding, sourceFile: ts.SourceFile): ts.Statement[] {
  const holder = sourceFile.statements.find((statement) => statement.pos <= finding.span.start && finding.span.start < statement.end);
  if (!holder) return [];
  const used = new Set(sourceFile.text.slice(holder.pos, holder.end).match(/[\p{L}_$][\p{L}\p{N}_$]*/gu) ?? []);
  const declaresUsedName = (statement: ts.Statement): boolean =>
    ts.isVariableStatement(statement) && statement.declarationList.declarations.some((declaration) => ts.isIdentifier(declaration.name) && used.has(declaration.name.text));
  return sourceFile.statements.filter((statement) => statement === holder || declaresUsedName(statement));
}

function assertOtherFilesParse(fix: Fix, fixture: FixtureFile, where: string): void {
  for (const sibling of fixture.siblings) {
    const edits = fix.edits.filter((edit) => edit.filePath === sibling.filePath);
    if (edits.length === 0) continue;
    const fixed = applyFixEdits(sibling.text, [edits]).text;
    if (countParseErrors(sibling.filePath, fixed) > countParseErrors(sibling.filePath, sibling.text)) throw new Error(`${where}: leaves ${path.basename(sibling.filePath)} with more parse errors`);
  }
}

/** An import (or CommonJS require) added at the top, or a name added to an existing import. */
function isImportEdit(edit: TextEdit, sourceFile: ts.SourceFile): boolean {
  const insideImport = sourceFile.statements.some((statement) => ts.isImportDeclaration(statement) && statement.pos <= edit.start && edit.end <= statement.end);
  if (insideImport && edit.start === edit.end) return true;
  // A fix may drop the import of a name its own edit leaves unused (`noUnusedLocals` would fail the build): a removed
  // specifier (`SignedChallenge, `) or a whole import declaration.
  const removed = sourceFile.text.slice(edit.start, edit.end);
  if (insideImport && edit.newText === "" && /^(\s*,?\s*[\w$]+(\s+as\s+[\w$]+)?\s*,?\s*|\s*import\b[^;]*;\s*)$/.test(removed)) return true;
  const lines = edit.newText.split("\n").map((line) => line.trim()).filter((line) => line !== "");
  const firstNonImport = sourceFile.statements.find((statement) => !ts.isImportDeclaration(statement) && !isDirective(statement));
  const beforeCode = !firstNonImport || edit.end <= firstNonImport.getStart(sourceFile);
  return beforeCode && edit.start === edit.end && lines.length > 0 && lines.every((line) => /^import\b.* from "[^"]+";$|^const \{ [\w$, ]+ \} = require\("[^"]+"\);$/.test(line));
}

function isDirective(statement: ts.Statement): boolean {
  return ts.isExpressionStatement(statement) && ts.isStringLiteral(statement.expression);
}

function assertFileWritesDeclared(fix: Fix, fixture: FixtureFile, where: string): void {
  const root = fixture.config.settings.root;
  for (const write of fix.files) {
    const relative = path.relative(root, write.filePath);
    if (relative.startsWith("..") || path.isAbsolute(relative)) throw new Error(`${where}: writes outside the project, ${write.filePath}`);
    if (path.basename(write.filePath) === ".env.example") {
      const bad = write.text.split("\n").find((line) => line !== "" && !/^[A-Z_][A-Z0-9_]*=$/.test(line));
      if (bad !== undefined) throw new Error(`${where}: .env.example line is not a bare NAME=: ${bad.slice(0, 4)}… (${bad.length} chars)`);
    }
  }
}

/** The finding's identity across the edit: rule, message and flagged text (its position moves). */
function findingKey(finding: Finding, text: string): string {
  return `${finding.ruleId}\u0000${finding.message}\u0000${text.slice(finding.span.start, finding.span.end)}`;
}

function assertNotReportedAgain(fixture: FixtureFile, finding: Finding, findingsBefore: readonly Finding[], before: string, after: string, fix: Fix): void {
  const created = fix.files.filter((write) => write.mode === "create" && isSourceFile(write.filePath) && !fixture.siblings.some((s) => s.filePath === write.filePath));
  const relint = lintSources(
    [{ filePath: fixture.filePath, text: after }, ...fixture.siblings, ...created.map((write) => ({ filePath: write.filePath, text: write.text }))],
    fixture.config,
    registry,
  );
  const key = findingKey(finding, before);
  const countIn = (findings: readonly Finding[], text: string): number => findings.filter((other) => findingKey(other, text) === key).length;
  const beforeCount = countIn(findingsBefore, before);
  const afterCount = countIn(relint.files.find((f) => f.filePath === fixture.filePath)?.findings ?? [], after);
  if (afterCount >= beforeCount) throw new Error(`${fixture.label}: ${finding.ruleId} line ${finding.location.line}: still reported after its fix "${fix.title}" (a fix loop)`);
}

function assertFixAllIdempotent(fixture: FixtureFile, sources: readonly SourceText[]): void {
  const options = {
    kinds: ["safe", "scaffold"] as const,
    accept: (finding: Finding) => finding.filePath === fixture.filePath,
    readExtraFile: () => undefined,
    isSourceFile,
  };
  const first = fixUntilStable(new Map(sources.map((s) => [s.filePath, s.text])), fixture.config, registry, options);
  const fixedText = first.changed.get(fixture.filePath);
  if (fixedText !== undefined && countParseErrors(fixture.filePath, fixedText) > countParseErrors(fixture.filePath, sources[0]!.text)) {
    throw new Error(`${fixture.label}: --fix left more parse errors than it found`);
  }
  const afterFirst = new Map([...sources.map((s) => [s.filePath, s.text] as const), ...first.changed]);
  const sourcesAfter = new Map([...afterFirst].filter(([filePath]) => isSourceFile(filePath)));
  const second = fixUntilStable(sourcesAfter, fixture.config, registry, { ...options, readExtraFile: (filePath) => afterFirst.get(filePath) });
  if (second.changed.size > 0) {
    const files = [...second.changed.keys()].map((filePath) => path.basename(filePath)).join(", ");
    throw new Error(`${fixture.label}: a second --fix changed ${files} (${second.fixesApplied} fixes): --fix is not idempotent`);
  }
}

/**
 * `--fix` on a file that does not parse changes nothing: no byte of it, no file its fixes would create or extend.
 * Parser recovery gives nodes spans the user never wrote, and a fix over such a span deletes code.
 */
export function checkBrokenFileUntouched(fixture: FixtureFile, text: string): void {
  if (countParseErrors(fixture.filePath, text) === 0) return;
  const sources = new Map([[fixture.filePath, text], ...fixture.siblings.map((s) => [s.filePath, s.text] as const)]);
  const { changed, notices } = fixUntilStable(sources, fixture.config, registry, {
    kinds: ["safe", "scaffold"],
    accept: (finding) => finding.filePath === fixture.filePath,
    readExtraFile: () => undefined,
    isSourceFile,
  });
  if (changed.size > 0) {
    const files = [...changed.keys()].map((filePath) => path.basename(filePath)).join(", ");
    throw new Error(`${fixture.label}: --fix on a file with syntax errors changed ${files}`);
  }
  const notice = notices.find((candidate) => candidate.filePath === fixture.filePath);
  if (notice && notice.message !== "fixes skipped: file has syntax errors") throw new Error(`${fixture.label}: unexpected notice for a broken file: ${notice.message}`);
}

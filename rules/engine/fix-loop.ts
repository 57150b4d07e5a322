// Applies fixes to an in-memory set of files and re-lints until nothing changes (or a round limit is hit).
// Shared by `harden check --fix`, `--fix-dry-run` and the fixture tests; the caller decides what reaches the disk.
// A file that does not parse gets no fixes, and a file the fixes would leave unparseable keeps its last good text.
// A fix whose finding is still there after it was applied made no progress and is not applied again.
import { parseDiagnosticsOf, parseSource } from "./analyze.js";
import { appendMissingLines, applyFixEdits, selectCompatibleEdits } from "./apply-edits.js";
import type { ResolvedConfig } from "./config.js";
import { lintSources, type LintResult } from "./lint.js";
import type { AnyRule, Finding, Fix, FixKind, Notice, TextEdit } from "./types.js";

export interface FixLoopOptions {
  kinds: readonly FixKind[];
  /** Only fixes of findings this returns true for (e.g. one rule in a fixture test). */
  accept?: (finding: Finding) => boolean;
  /** Reads a file the fixes extend that is not among the sources (e.g. `.env.example`); undefined when missing. */
  readExtraFile: (filePath: string) => string | undefined;
  /** Whether a created file is a source to lint in the next round. */
  isSourceFile: (filePath: string) => boolean;
  maxRounds?: number;
}

export interface FixLoopResult {
  /** Final text of every file a fix changed or created. */
  changed: Map<string, string>;
  fixesApplied: number;
  /** How many fixes changed each source file. */
  fixesByFile: Map<string, number>;
  /**
   * The changed files in groups that must reach the disk together: a fix that edits a file and creates or extends
   * others (an import of a scaffolded module) links them. Every changed file is in exactly one group.
   */
  linkedFiles: string[][];
  /** Files whose fixes were left out, each with the reason ("fixes skipped: file has syntax errors"). */
  notices: Notice[];
  /** The lint result of the final, stable state. */
  final: LintResult;
}

export function fixUntilStable(
  sources: ReadonlyMap<string, string>,
  config: ResolvedConfig,
  registry: readonly AnyRule[],
  options: FixLoopOptions,
): FixLoopResult {
  const texts = new Map(sources);
  const changed = new Map<string, string>();
  const fixesByFile = new Map<string, number>();
  const links = new FileLinks();
  /** Files no fix may touch any more, with the reason. */
  const skipped = new Map<string, string>();
  let fixesApplied = 0;
  /** Findings (by `findingKey`) whose applied fix left them in place: applying it again would repeat the edit (a wrapper around a wrapper). */
  const stalled = new Set<string>();
  /** For each finding fixed in the last round, how many findings had its key then. */
  let fixedLastRound = new Map<string, number>();
  const maxRounds = options.maxRounds ?? 10;
  const resultOf = (final: LintResult): FixLoopResult => ({
    changed,
    fixesApplied,
    fixesByFile,
    linkedFiles: links.groupsOf([...changed.keys()]),
    notices: [...skipped].map(([filePath, message]) => ({ filePath, message })),
    final,
  });
  for (let round = 0; ; round++) {
    const result = lintSources([...texts].map(([filePath, text]) => ({ filePath, text })), config, registry);
    if (round === maxRounds) return resultOf(result);
    for (const analysis of result.files) {
      if (analysis.fixesWithheld && analysis.findings.some((f) => !options.accept || options.accept(f))) skipped.set(analysis.filePath, "fixes skipped: file has syntax errors");
    }
    const accepted = result.files.flatMap((file) => file.findings).filter((f) => !skipped.has(f.filePath) && (!options.accept || options.accept(f)));
    const counts = countByKey(accepted);
    for (const [key, before] of fixedLastRound) if ((counts.get(key) ?? 0) >= before) stalled.add(key);
    const findings = accepted.filter((f) => !stalled.has(findingKey(f)));
    const fixed = findings.flatMap((finding) => {
      const fix = finding.fixes.find((candidate) => options.kinds.includes(candidate.kind));
      return fix ? [{ key: findingKey(finding), fix }] : [];
    });
    const fixes = fixed.map(({ fix }) => fix);
    let appliedThisRound = 0;
    const editsByFile = new Map<string, Array<{ key: string; edits: TextEdit[] }>>();
    for (const { key, fix } of fixed) {
      const byFile = new Map<string, TextEdit[]>();
      for (const edit of fix.edits) byFile.set(edit.filePath, [...(byFile.get(edit.filePath) ?? []), edit]);
      // A fix edits one source file; its file writes go with it.
      for (const [filePath, edits] of byFile) editsByFile.set(filePath, [...(editsByFile.get(filePath) ?? []), { key, edits }]);
    }
    fixedLastRound = new Map();
    for (const [filePath, fileFixes] of editsByFile) {
      const before = texts.get(filePath);
      if (before === undefined || skipped.has(filePath)) continue;
      const groups = fileFixes.map(({ edits }) => edits);
      const { text, appliedFixes } = applyFixEdits(before, groups);
      if (text !== before && hasSyntaxErrors(filePath, text)) {
        skipped.set(filePath, hasSyntaxErrors(filePath, before) ? "fixes skipped: file has syntax errors" : "fixes skipped: they would leave a syntax error");
        continue;
      }
      appliedThisRound += appliedFixes;
      for (const [index, taken] of takenGroups(groups).entries()) if (taken) fixedLastRound.set(fileFixes[index]!.key, counts.get(fileFixes[index]!.key) ?? 0);
      if (text === before) continue;
      fixesByFile.set(filePath, (fixesByFile.get(filePath) ?? 0) + appliedFixes);
      texts.set(filePath, text);
      changed.set(filePath, text);
    }
    for (const fix of fixes.filter((fix) => !fix.edits.some((edit) => skipped.has(edit.filePath)))) {
      links.link(filesOf(fix));
      for (const write of fix.files) {
        const existing = texts.get(write.filePath) ?? changed.get(write.filePath) ?? options.readExtraFile(write.filePath);
        const next = write.mode === "create" ? existing ?? write.text : appendMissingLines(existing ?? "", write.text);
        if (next === existing) continue;
        changed.set(write.filePath, next);
        if (options.isSourceFile(write.filePath)) texts.set(write.filePath, next);
      }
    }
    fixesApplied += appliedThisRound;
    if (appliedThisRound === 0) return resultOf(result);
  }
}

/** A finding's identity across rounds: its rule, file and message (its line moves when a fix adds an import above it). */
function findingKey(finding: Finding): string {
  return `${finding.ruleId}\0${finding.filePath}\0${finding.message}`;
}

function countByKey(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(findingKey(finding), (counts.get(findingKey(finding)) ?? 0) + 1);
  return counts;
}

/** Which fixes `applyFixEdits` takes: those whose every edit is among the edits it keeps. */
function takenGroups(groups: ReadonlyArray<readonly TextEdit[]>): boolean[] {
  const { taken } = selectCompatibleEdits(groups);
  const keys = new Set(taken.map((edit) => `${edit.start}:${edit.end}:${edit.newText}`));
  return groups.map((edits) => edits.every((edit) => keys.has(`${edit.start}:${edit.end}:${edit.newText}`)));
}

function hasSyntaxErrors(filePath: string, text: string): boolean {
  return parseDiagnosticsOf(parseSource(filePath, text)).length > 0;
}

function filesOf(fix: Fix): string[] {
  return [...fix.edits.map((edit) => edit.filePath), ...fix.files.map((write) => write.filePath)];
}

/** Union-find over file paths: which files some fix touched together. */
class FileLinks {
  private readonly parent = new Map<string, string>();

  link(filePaths: readonly string[]): void {
    const [first, ...rest] = filePaths;
    if (first === undefined) return;
    for (const other of rest) this.parent.set(this.rootOf(other), this.rootOf(first));
  }

  groupsOf(filePaths: readonly string[]): string[][] {
    const groups = new Map<string, string[]>();
    for (const filePath of filePaths) {
      const root = this.rootOf(filePath);
      groups.set(root, [...(groups.get(root) ?? []), filePath]);
    }
    return [...groups.values()];
  }

  private rootOf(filePath: string): string {
    let root = filePath;
    for (let up = this.parent.get(root); up !== undefined && up !== root; up = this.parent.get(root)) root = up;
    if (root !== filePath) this.parent.set(filePath, root);
    return root;
  }
}

// Applies fixes to an in-memory set of files and re-lints until nothing changes (or a round limit is hit).
// Shared by `harden check --fix`, `--fix-dry-run` and the fixture tests; the caller decides what reaches the disk.
// A file that does not parse gets no fixes, and a file the fixes would leave unparseable keeps its last good text.
import { parseDiagnosticsOf, parseSource } from "./analyze.js";
import { applyFileWrite, applyFixEdits } from "./apply-edits.js";
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
    const findings = result.files.flatMap((file) => file.findings).filter((f) => !skipped.has(f.filePath) && (!options.accept || options.accept(f)));
    const fixes = findings.map((f) => f.fixes.find((fix) => options.kinds.includes(fix.kind))).filter((fix) => fix !== undefined);
    let appliedThisRound = 0;
    const editsByFile = new Map<string, TextEdit[][]>();
    for (const fix of fixes) {
      const byFile = new Map<string, TextEdit[]>();
      for (const edit of fix.edits) byFile.set(edit.filePath, [...(byFile.get(edit.filePath) ?? []), edit]);
      // A fix edits one source file; its file writes go with it.
      for (const [filePath, edits] of byFile) editsByFile.set(filePath, [...(editsByFile.get(filePath) ?? []), edits]);
    }
    for (const [filePath, groups] of editsByFile) {
      const before = texts.get(filePath);
      if (before === undefined || skipped.has(filePath)) continue;
      const { text, appliedFixes } = applyFixEdits(before, groups);
      if (text !== before && hasSyntaxErrors(filePath, text)) {
        skipped.set(filePath, hasSyntaxErrors(filePath, before) ? "fixes skipped: file has syntax errors" : "fixes skipped: they would leave a syntax error");
        continue;
      }
      appliedThisRound += appliedFixes;
      if (text === before) continue;
      fixesByFile.set(filePath, (fixesByFile.get(filePath) ?? 0) + appliedFixes);
      texts.set(filePath, text);
      changed.set(filePath, text);
    }
    for (const fix of fixes.filter((fix) => !fix.edits.some((edit) => skipped.has(edit.filePath)))) {
      links.link(filesOf(fix));
      for (const write of fix.files) {
        const existing = texts.get(write.filePath) ?? changed.get(write.filePath) ?? options.readExtraFile(write.filePath);
        const next = applyFileWrite(existing, write);
        if (next === existing) continue;
        changed.set(write.filePath, next);
        if (options.isSourceFile(write.filePath)) texts.set(write.filePath, next);
      }
    }
    fixesApplied += appliedThisRound;
    if (appliedThisRound === 0) return resultOf(result);
  }
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

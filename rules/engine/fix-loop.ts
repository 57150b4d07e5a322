// Applies fixes to an in-memory set of files and re-lints until nothing changes (or a round limit is hit).
// Shared by `harden check --fix`, `--fix-dry-run` and the fixture tests; the caller decides what reaches the disk.
import { appendMissingLines, applyFixEdits } from "./apply-edits.js";
import type { ResolvedConfig } from "./config.js";
import { lintSources, type LintResult } from "./lint.js";
import type { AnyRule, Finding, FixKind, TextEdit } from "./types.js";

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
  let fixesApplied = 0;
  const maxRounds = options.maxRounds ?? 10;
  for (let round = 0; ; round++) {
    const result = lintSources([...texts].map(([filePath, text]) => ({ filePath, text })), config, registry);
    if (round === maxRounds) return { changed, fixesApplied, final: result };
    const findings = result.files.flatMap((file) => file.findings).filter((f) => !options.accept || options.accept(f));
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
      if (before === undefined) continue;
      const { text, appliedFixes } = applyFixEdits(before, groups);
      appliedThisRound += appliedFixes;
      if (text !== before) {
        texts.set(filePath, text);
        changed.set(filePath, text);
      }
    }
    for (const write of fixes.flatMap((fix) => fix.files)) {
      const existing = texts.get(write.filePath) ?? changed.get(write.filePath) ?? options.readExtraFile(write.filePath);
      const next = write.mode === "create" ? existing ?? write.text : appendMissingLines(existing ?? "", write.text);
      if (next === existing) continue;
      changed.set(write.filePath, next);
      if (options.isSourceFile(write.filePath)) texts.set(write.filePath, next);
    }
    fixesApplied += appliedThisRound;
    if (appliedThisRound === 0) return { changed, fixesApplied, final: result };
  }
}

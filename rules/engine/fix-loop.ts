// Applies fixes to an in-memory set of files and re-lints until nothing changes (or a round limit is hit).
// Shared by `harden check --fix`, `--fix-dry-run` and the fixture tests; the caller decides what reaches the disk.
// A file that does not parse gets no fixes, and a file the fixes would leave unparseable keeps its last good text.
// A fix whose finding is still there after it was applied made no progress and is not applied again.
import * as path from "node:path";
import { parseDiagnosticsOf, parseSource } from "./analyze.js";
import { applyFileWrite, applyFixEdits, lineBreakOf, withLineBreaks } from "./apply-edits.js";
import type { ResolvedConfig } from "./config.js";
import { lintSources, type LintResult } from "./lint.js";
import type { AnyRule, FactsSupplier, Finding, Fix, FixKind, Notice } from "./types.js";

/** Type-checks fixed files against the files as they were (the host's TypeScript checker; see server/host/fix-verifier.ts). */
export interface FixVerifier {
  /**
   * The type errors `filePaths` have with every file of `changed` at its fixed text (created files included) that they
   * did not have before any fix: none when the fixes add none.
   */
  addedErrors(changed: ReadonlyMap<string, string>, filePaths: readonly string[]): AddedTypeError[];
  /** What the checks left out so far (a limit hit), each once. */
  takeNotices?(): Notice[];
}

export interface AddedTypeError {
  filePath: string;
  /** 1-based, in the fixed text. */
  line: number;
  code: number;
  message: string;
  /** For an error in a file no fix changed: the changed files it imports (directly or through re-exports). */
  importedFixedFiles?: readonly string[];
}

export interface FixLoopOptions {
  kinds: readonly FixKind[];
  /** Only fixes of findings this returns true for (e.g. one rule in a fixture test). */
  accept?: (finding: Finding) => boolean;
  /** Reads a file the fixes extend that is not among the sources (e.g. `.env.example`); undefined when missing. */
  readExtraFile: (filePath: string) => string | undefined;
  /** Whether a created file is a source to lint in the next round. */
  isSourceFile: (filePath: string) => boolean;
  /** When given, a fix that would add a type error is withheld, with a notice saying which error. */
  verifier?: FixVerifier;
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
  /**
   * Files whose fixes were left out, each with the reason ("fixes skipped: file has syntax errors"), and each fix
   * withheld because it would add a type error.
   */
  notices: Notice[];
  /** The lint result of the final, stable state. */
  final: LintResult;
}

/** A fix chosen for a finding in one round. */
export interface Candidate {
  finding: Finding;
  fix: Fix;
}

/** The files as one round leaves them. */
interface FileState {
  texts: Map<string, string>;
  changed: Map<string, string>;
  fixesByFile: Map<string, number>;
  /** Files no fix may touch any more, with the reason. */
  skipped: Map<string, string>;
  applied: Candidate[];
}

export function fixUntilStable(
  sources: ReadonlyMap<string, string>,
  config: ResolvedConfig,
  registry: readonly AnyRule[],
  options: FixLoopOptions,
  facts: FactsSupplier,
): FixLoopResult {
  let state: FileState = { texts: new Map(sources), changed: new Map(), fixesByFile: new Map(), skipped: new Map(), applied: [] };
  const links = new FileLinks();
  /** Fixes that would add a type error, by candidate key, with the notice that says so. */
  const withheld = new Map<string, Notice>();
  let fixesApplied = 0;
  /**
   * Findings whose applied fix left them where they were (`placeKey`: rule, file, message and start, carried through
   * each round's edits): applying it again would repeat the edit (a wrapper around a wrapper).
   */
  let stalled = new Set<string>();
  /** Where each finding fixed in the last round would be if its fix had not removed it. */
  let fixedLastRound = new Set<string>();
  const maxRounds = options.maxRounds ?? 10;
  const resultOf = (final: LintResult): FixLoopResult => ({
    changed: state.changed,
    fixesApplied,
    fixesByFile: state.fixesByFile,
    linkedFiles: links.groupsOf([...state.changed.keys()]),
    notices: [...[...state.skipped].map(([filePath, message]) => ({ filePath, message })), ...withheld.values(), ...(options.verifier?.takeNotices?.() ?? [])],
    final,
  });
  for (let round = 0; ; round++) {
    const result = lintSources([...state.texts].map(([filePath, text]) => ({ filePath, text })), config, registry, facts);
    if (round === maxRounds) return resultOf(result);
    const skipped = new Map(state.skipped);
    for (const analysis of result.files) {
      if (analysis.fixesWithheld && analysis.findings.some((f) => !options.accept || options.accept(f))) skipped.set(analysis.filePath, "fixes skipped: file has syntax errors");
    }
    const base: FileState = { ...state, skipped, applied: [] };
    const accepted = result.files.flatMap((file) => file.findings).filter((finding) => !skipped.has(finding.filePath) && (!options.accept || options.accept(finding)));
    for (const finding of accepted) if (fixedLastRound.has(placeKey(finding, finding.span.start))) stalled.add(placeKey(finding, finding.span.start));
    const candidates = accepted
      .filter((finding) => !stalled.has(placeKey(finding, finding.span.start)))
      .map((finding) => ({ finding, fix: finding.fixes.find((fix) => options.kinds.includes(fix.kind)) }))
      .filter((candidate): candidate is Candidate => candidate.fix !== undefined)
      .filter((candidate) => !withheld.has(candidateKey(candidate, state.texts)));
    let next = applyCandidates(base, candidates, options);
    if (options.verifier && next.applied.length > 0) next = withoutTypeErrors(base, candidates, next, options, options.verifier, withheld);
    state = next;
    const moved = positionMapper(state.applied, base.texts);
    fixedLastRound = new Set(state.applied.map(({ finding }) => placeKey(finding, moved(finding.filePath, finding.span.start))));
    stalled = new Set([...stalled].map((key) => movePlaceKey(key, moved)));
    for (const { fix } of state.applied) links.link(filesOf(fix));
    fixesApplied += state.applied.length;
    if (state.applied.length === 0) return resultOf(result);
  }
}

/**
 * For one round of fixes outside the loop (an editor's fix-all): the candidates that fit together and add no type
 * error, and a notice for each withheld because it would add one.
 */
export function verifyCandidates(
  texts: ReadonlyMap<string, string>,
  candidates: readonly Candidate[],
  options: Pick<FixLoopOptions, "readExtraFile" | "isSourceFile">,
  verifier: FixVerifier,
): { kept: Candidate[]; withheld: Notice[] } {
  const loopOptions: FixLoopOptions = { ...options, kinds: [] };
  const base: FileState = { texts: new Map(texts), changed: new Map(), fixesByFile: new Map(), skipped: new Map(), applied: [] };
  const withheld = new Map<string, Notice>();
  const applied = applyCandidates(base, candidates, loopOptions);
  const kept = applied.applied.length > 0 ? withoutTypeErrors(base, candidates, applied, loopOptions, verifier, withheld).applied : [];
  return { kept, withheld: [...withheld.values(), ...(verifier.takeNotices?.() ?? [])] };
}

/** Applies each candidate that fits beside the others to `base`; a file the fixes would leave unparseable keeps its text. */
function applyCandidates(base: FileState, candidates: readonly Candidate[], options: FixLoopOptions): FileState {
  const state: FileState = { texts: new Map(base.texts), changed: new Map(base.changed), fixesByFile: new Map(base.fixesByFile), skipped: new Map(base.skipped), applied: [] };
  // A fix is taken whole: in every file it edits, or in none. One left out of a file is left out of all of them.
  let pending = candidates.filter((candidate) => candidate.fix.edits.every((edit) => state.texts.has(edit.filePath) && !state.skipped.has(edit.filePath)));
  let edited = new Map<string, string>();
  for (;;) {
    edited = new Map();
    const left = new Set<Candidate>();
    for (const [filePath, fileCandidates] of candidatesByFile(pending)) {
      const before = state.texts.get(filePath)!;
      const groups = fileCandidates.map((candidate) => candidate.fix.edits.filter((edit) => edit.filePath === filePath));
      const { text, takenFixes } = applyFixEdits(before, groups);
      fileCandidates.forEach((candidate, index) => takenFixes.includes(index) || left.add(candidate));
      if (text !== before && hasSyntaxErrors(filePath, text)) {
        state.skipped.set(filePath, hasSyntaxErrors(filePath, before) ? "fixes skipped: file has syntax errors" : "fixes skipped: they would leave a syntax error");
        for (const candidate of fileCandidates) left.add(candidate);
      }
      edited.set(filePath, text);
    }
    if (left.size === 0) break;
    pending = pending.filter((candidate) => !left.has(candidate));
  }
  state.applied.push(...pending);
  for (const [filePath, fileCandidates] of candidatesByFile(pending)) {
    const text = edited.get(filePath)!;
    if (text === state.texts.get(filePath)) continue;
    state.fixesByFile.set(filePath, (state.fixesByFile.get(filePath) ?? 0) + fileCandidates.length);
    state.texts.set(filePath, text);
    state.changed.set(filePath, text);
  }
  for (const { fix } of state.applied) {
    for (const write of fix.files) {
      const existing = state.texts.get(write.filePath) ?? state.changed.get(write.filePath) ?? options.readExtraFile(write.filePath);
      const next = applyFileWrite(existing, write);
      if (next === existing) continue;
      state.changed.set(write.filePath, next);
      if (options.isSourceFile(write.filePath)) state.texts.set(write.filePath, next);
    }
  }
  return state;
}

/**
 * `applied` (the candidates applied to `base`) less every fix that adds a type error. The fixes touching a file with an
 * added error are tried one by one on top of the others; each that still adds one is withheld with a notice.
 */
function withoutTypeErrors(
  base: FileState,
  candidates: readonly Candidate[],
  applied: FileState,
  options: FixLoopOptions,
  verifier: FixVerifier,
  withheld: Map<string, Notice>,
): FileState {
  const touched = [...new Set(applied.applied.flatMap((candidate) => filesOf(candidate.fix)))];
  const errors = verifier.addedErrors(applied.changed, touched);
  if (errors.length === 0) return applied;
  // An error in a file importing a changed one is the doing of the fixes that changed it.
  const erroredFiles = new Set(errors.flatMap((error) => [error.filePath, ...(error.importedFixedFiles ?? [])]));
  const implicated = applied.applied.filter((candidate) => filesOf(candidate.fix).some((filePath) => erroredFiles.has(filePath)));
  // Never retry the same set: with no fix implicated, every fix is a suspect.
  const suspects = implicated.length > 0 ? implicated : applied.applied;
  const others = candidates.filter((candidate) => !suspects.includes(candidate));
  let state = others.length > 0 ? withoutTypeErrors(base, others, applyCandidates(base, others, options), options, verifier, withheld) : base;
  for (const suspect of suspects) {
    const trial = applyCandidates(base, [...state.applied, suspect], options);
    if (!trial.applied.includes(suspect)) continue;
    const added = verifier.addedErrors(trial.changed, filesOf(suspect.fix));
    if (added.length === 0) state = trial;
    else withheld.set(candidateKey(suspect, base.texts), withheldNotice(suspect, added[0]!));
  }
  return state;
}

function candidatesByFile(candidates: readonly Candidate[]): Map<string, Candidate[]> {
  const byFile = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    for (const filePath of new Set(candidate.fix.edits.map((edit) => edit.filePath))) byFile.set(filePath, [...(byFile.get(filePath) ?? []), candidate]);
  }
  return byFile;
}

/** The same finding and fix across rounds, whose edits move with the lines other fixes add. */
function candidateKey({ finding, fix }: Candidate, texts: ReadonlyMap<string, string>): string {
  const flagged = texts.get(finding.filePath)?.slice(finding.span.start, finding.span.end) ?? "";
  return [finding.ruleId, finding.filePath, finding.message, fix.title, flagged].join("\0");
}

function withheldNotice({ finding, fix }: Candidate, error: AddedTypeError): Notice {
  const where = error.filePath === finding.filePath ? "the fixed file" : path.relative(path.dirname(finding.filePath), error.filePath).replace(/\\/g, "/");
  const message = error.message.length > 160 ? `${error.message.slice(0, 157)}...` : error.message;
  return { filePath: finding.filePath, message: `${finding.ruleId} at line ${finding.location.line}: fix "${fix.title}" withheld: would add TS${error.code} at line ${error.line} of ${where} (${message})` };
}

/** A finding at a place: its rule, file, message and start offset. */
function placeKey(finding: Finding, start: number): string {
  return `${finding.ruleId}\0${finding.filePath}\0${finding.message}\0${start}`;
}

function movePlaceKey(key: string, moved: (filePath: string, position: number) => number): string {
  const [ruleId, filePath, message, start] = key.split("\0");
  return `${ruleId}\0${filePath}\0${message}\0${moved(filePath!, Number(start))}`;
}

/** Where a position of a file's text before the round lands after the applied fixes' edits (identical edits count once). */
function positionMapper(applied: readonly Candidate[], texts: ReadonlyMap<string, string>): (filePath: string, position: number) => number {
  const edits = new Map<string, { start: number; end: number; newText: string }>();
  for (const edit of applied.flatMap((candidate) => candidate.fix.edits)) edits.set(`${edit.filePath}\0${edit.start}\0${edit.end}\0${edit.newText}`, edit);
  const byFile = new Map<string, Array<{ start: number; end: number; delta: number }>>();
  for (const [key, edit] of edits) {
    const filePath = key.split("\0")[0]!;
    const newline = lineBreakOf(texts.get(filePath) ?? "");
    byFile.set(filePath, [...(byFile.get(filePath) ?? []), { start: edit.start, end: edit.end, delta: withLineBreaks(edit.newText, newline).length - (edit.end - edit.start) }]);
  }
  return (filePath, position) => position + (byFile.get(filePath) ?? []).filter((edit) => edit.end <= position).reduce((sum, edit) => sum + edit.delta, 0);
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

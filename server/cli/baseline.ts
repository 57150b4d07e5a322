// The baseline: the findings a project accepted when it adopted Harden, so CI fails only on new ones. It holds the
// rule, the path, the fingerprint (fingerprint.ts, shared with SARIF) and how many findings share it — no message or
// source text, so never a secret. Paths are relative to the source root; a file renamed since the baseline's commit
// is compared under its old path (the caller maps it with git).
import * as fs from "node:fs";
import * as path from "node:path";
import type { FileResult } from "./check-result.js";
import { fingerprintName, identifyFindings } from "./fingerprint.js";
import { toPortablePath } from "./reporters/json.js";

export interface BaselineEntry {
  ruleId: string;
  path: string;
  fingerprint: string;
  count: number;
}

export interface Baseline {
  /** The commit the baseline was written at, to follow renames since; absent outside a git repository. */
  commit?: string;
  entries: BaselineEntry[];
}

export class BaselineError extends Error {}

export interface BaselineComparison {
  /** The files with only the findings the baseline does not hold. */
  files: FileResult[];
  /** How many findings the baseline holds and were left out. */
  known: number;
  /** Entries (or the part of their count) with no finding left: fixed since. */
  stale: number;
  /** The known findings as a baseline under today's paths: what `--write-baseline` keeps when given a baseline. */
  kept: BaselineEntry[];
}

/** `identityPathOf`: a file's portable path relative to the source root as of the baseline (before any rename). */
export type IdentityPathOf = (filePath: string) => string;

export function baselineEntriesOf(files: readonly FileResult[], sourceRoot: string): BaselineEntry[] {
  const byFingerprint = new Map<string, BaselineEntry>();
  for (const file of files) {
    const filePath = toPortablePath(path.relative(sourceRoot, file.filePath));
    identifyFindings(file.findings, file.sourceText, filePath).forEach((identity, index) => {
      const entry = byFingerprint.get(identity.groupFingerprint);
      if (entry) entry.count++;
      else byFingerprint.set(identity.groupFingerprint, { ruleId: file.findings[index]!.ruleId, path: filePath, fingerprint: identity.groupFingerprint, count: 1 });
    });
  }
  return [...byFingerprint.values()].sort((a, b) => (a.path === b.path ? (a.ruleId === b.ruleId ? compare(a.fingerprint, b.fingerprint) : compare(a.ruleId, b.ruleId)) : compare(a.path, b.path)));
}

/**
 * Splits the findings into new and known. `isInScope(entryPath)` says whether an entry's file was checked this run
 * (so a missing finding there means it was fixed, not that the file was left out).
 */
export function compareWithBaseline(
  files: readonly FileResult[],
  baseline: Baseline,
  sourceRoot: string,
  identityPathOf: IdentityPathOf,
  isInScope: (entryPath: string) => boolean,
): BaselineComparison {
  const remaining = new Map(baseline.entries.map((entry) => [entry.fingerprint, entry.count]));
  const seen = new Map<string, number>();
  let known = 0;
  const knownFiles: FileResult[] = [];
  const newFiles = files.map((file) => {
    const identities = identifyFindings(file.findings, file.sourceText, identityPathOf(file.filePath));
    const isKnown = identities.map((identity) => identity.occurrence < (remaining.get(identity.groupFingerprint) ?? 0));
    for (const identity of identities) seen.set(identity.groupFingerprint, (seen.get(identity.groupFingerprint) ?? 0) + 1);
    known += isKnown.filter(Boolean).length;
    knownFiles.push({ ...file, findings: file.findings.filter((_, index) => isKnown[index]) });
    return { ...file, findings: file.findings.filter((_, index) => !isKnown[index]) };
  });
  const stale = baseline.entries
    .filter((entry) => isInScope(entry.path))
    .reduce((sum, entry) => sum + Math.max(0, entry.count - (seen.get(entry.fingerprint) ?? 0)), 0);
  return { files: newFiles, known, stale, kept: baselineEntriesOf(knownFiles, sourceRoot) };
}

export function writeBaseline(filePath: string, entries: readonly BaselineEntry[], commit: string | undefined): void {
  const document = { version: 1, fingerprint: fingerprintName, ...(commit ? { commit } : {}), findings: entries };
  fs.mkdirSync(path.dirname(filePath), { recursive: true });
  fs.writeFileSync(filePath, JSON.stringify(document, null, 2) + "\n");
}

/** Reads and validates a baseline; `label` names the file in the one-line error. */
export function readBaseline(filePath: string, label: string): Baseline {
  let text: string;
  try {
    text = fs.readFileSync(filePath, "utf8");
  } catch (error) {
    throw new BaselineError(`${label}: cannot read the baseline (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`${label}: not valid JSON (${(error as Error).message.split("\n")[0]})`);
  }
  const fail = (where: string, what: string): never => {
    throw new BaselineError(`${label}: ${where} ${what}`);
  };
  if (!isRecord(document)) return fail("the baseline", "must be a JSON object");
  if (document.version !== 1) fail("version", `must be 1, not ${JSON.stringify(document.version)}`);
  if (document.fingerprint !== fingerprintName) {
    fail("fingerprint", `is ${JSON.stringify(document.fingerprint)}, this Harden uses "${fingerprintName}"; write the baseline again with --write-baseline`);
  }
  if (document.commit !== undefined && (typeof document.commit !== "string" || !/^[0-9a-f]{40,64}$/.test(document.commit))) fail("commit", "must be a commit id");
  if (!Array.isArray(document.findings)) return fail("findings", "must be an array");
  const entries = document.findings.map((entry: unknown, index: number): BaselineEntry => {
    const where = `findings[${index}]`;
    if (!isRecord(entry)) return fail(where, "must be an object");
    for (const key of ["ruleId", "path", "fingerprint"] as const) if (typeof entry[key] !== "string") fail(`${where}.${key}`, "must be a string");
    if (!Number.isInteger(entry.count) || (entry.count as number) < 1) fail(`${where}.count`, "must be a whole number of at least 1");
    return { ruleId: entry.ruleId as string, path: entry.path as string, fingerprint: entry.fingerprint as string, count: entry.count as number };
  });
  return { commit: document.commit as string | undefined, entries };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

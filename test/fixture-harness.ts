// Reads annotated fixture folders and compares the engine's findings with the annotations.
// `// expect: <id>[@<column>] [<messageId>][, …]` names findings on the next code line, `// todo-expect: <id>` a known
// gap that must stay absent, `// ok: <id> -- why` documents a negative. Each rule folder is linted as one project.
// `findingsSnapshot` renders what a user sees of each finding (range, message id, message, every fix applied alone).
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { ts } from "ts-morph";
import { parseDiagnosticsOf, parseSource } from "../rules/engine/analyze.js";
import { applyFileWrite, applyFixEdits } from "../rules/engine/apply-edits.js";
import { parseConfigText, resolveConfig, type ResolvedConfig } from "../rules/engine/config.js";
import { lintSources, secretRangesOf, type LintResult, type SourceText } from "../rules/lint-project.js";
import type { AnyRule, Finding, Fix, ProjectSettings } from "../rules/engine/types.js";
import { withPreviews, type SecretRange } from "../rules/model/previews.js";
import { formatFixDiff, type FileChange } from "../server/cli/fix-diff.js";
import { toPortablePath } from "../server/cli/reporters/json.js";
import { discoverComponentCookieReads } from "../server/host/component-scripts.js";
import { discoverDeployments } from "../server/host/deployments.js";
import { findModuleAliasFiles } from "../server/host/module-alias-files.js";
import { discoverModuleAliases } from "../server/host/module-aliases.js";

export const sourceFilePattern = /\.(tsx?|mts|cts|jsx?|mjs|cjs)$/;
export const fixedSnapshotPattern = /\.fixed\.(tsx?|mts|cts|jsx?|mjs|cjs)$/;

export interface Expectation {
  filePath: string;
  /** 1-based line the finding must start on. */
  line: number;
  /** 1-based column the finding must start at, when the annotation pins it (`<id>@<column>`). */
  column?: number;
  /** The message id the finding must carry, when the annotation pins it (`<id> <messageId>`). */
  messageId?: string;
  ruleId: string;
  kind: "expect" | "todo-expect";
}

/** Project settings with nothing configured, for model tests that link summaries by hand. */
export function bareSettings(root: string, overrides: Partial<ProjectSettings> = {}): ProjectSettings {
  return { root, authWrappers: [], validators: [], timeoutWrappers: [], testGlobs: [], sensitivePrefixes: [], ...overrides };
}

const annotation = /^\s*\/\/\s*(expect|todo-expect|ok):\s*([\w-]+(?:@\d+)?(?: +\w+)?(?:\s*,\s*[\w-]+(?:@\d+)?(?: +\w+)?)*)/;
const annotatedFinding = /^([\w-]+)(?:@(\d+))?(?: +(\w+))?$/;

/** `root` and everything inside it, in pre-order, by TypeScript's own child walk: the reference a faster index must equal. */
export function nodesUnder(root: ts.Node): ts.Node[] {
  const nodes: ts.Node[] = [];
  const visit = (node: ts.Node): void => {
    nodes.push(node);
    ts.forEachChild(node, visit);
  };
  visit(root);
  return nodes;
}

export function listSourceFiles(directory: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) found.push(...listSourceFiles(full));
    else if (sourceFilePattern.test(entry.name) && !fixedSnapshotPattern.test(entry.name)) found.push(full);
  }
  return found.sort();
}

export function readExpectations(filePath: string, text: string): Expectation[] {
  const lines = text.split(/\r?\n/);
  const expectations: Expectation[] = [];
  lines.forEach((line, index) => {
    const match = annotation.exec(line);
    if (!match || match[1] === "ok") return;
    let target = index + 1;
    while (target < lines.length && annotation.test(lines[target]!)) target++;
    for (const item of match[2]!.split(",").map((s) => s.trim())) {
      const [, ruleId, column, messageId] = annotatedFinding.exec(item)!;
      expectations.push({
        filePath,
        line: target + 1,
        ...(column !== undefined ? { column: Number(column) } : {}),
        ...(messageId !== undefined ? { messageId } : {}),
        ruleId: ruleId!,
        kind: match[1] as Expectation["kind"],
      });
    }
  });
  return expectations;
}

export function loadFixtureConfig(directory: string, registry: readonly AnyRule[]): ResolvedConfig {
  const configPath = path.join(directory, "harden.config.json");
  const config = fs.existsSync(configPath) ? parseConfigText(fs.readFileSync(configPath, "utf8"), configPath) : {};
  const resolved = resolveConfig(config, registry, directory, configPath);
  // Deployment files beside a fixture package's package.json (vercel.json, Dockerfile), what each package.json
  // declares, the module aliases its tsconfig and workspace declare and the cookies its components read are facts as
  // in a real project.
  const files = findModuleAliasFiles(directory);
  const deployments = discoverDeployments(directory, files);
  const { packages, aliases } = discoverModuleAliases(directory, files);
  const componentCookieReads = discoverComponentCookieReads(directory, files);
  const settings = {
    ...resolved.settings,
    ...(deployments.length > 0 ? { deployments } : {}),
    ...(packages.length > 0 ? { packages } : {}),
    ...(aliases.length > 0 ? { moduleAliases: aliases } : {}),
    ...(componentCookieReads.length > 0 ? { componentCookieReads } : {}),
  };
  return { ...resolved, settings };
}

export function fixedSnapshotPath(filePath: string): string {
  return filePath.replace(/(\.[^.]+)$/, ".fixed$1");
}

export function findingsSnapshotPath(directory: string): string {
  return path.join(directory, "findings.snap");
}

const updateSnapshotsCommand = "HARDEN_UPDATE_SNAPSHOTS=1 npx mocha test/rules.test.ts";

/** A fixture folder linted as one project. */
export interface FixtureProject {
  directory: string;
  sources: readonly SourceText[];
  config: ResolvedConfig;
  registry: readonly AnyRule[];
  result: LintResult;
}

/**
 * Every finding of `ruleId` as a user sees it: file and 1-based range, message id and message, the flagged text's
 * first line, and each fix offered with the unified diff of applying that fix alone to the original sources
 * (files a scaffold creates or extends included). Credentials show as previews, from the ranges the engine finds
 * them at, exactly as in the `--fix-dry-run` diff.
 */
export function findingsSnapshot(ruleId: string, project: FixtureProject): string {
  const { directory, result } = project;
  const originalTexts = new Map(project.sources.map((source) => [source.filePath, source.text]));
  const secretRules = project.registry.filter((rule) => rule.meta.flaggedTextIsSecret);
  const secretsBefore = secretRangesByFile(secretRules, result, originalTexts);
  const lines = [
    `# ${ruleId}: each finding of this rule in this folder and what each fix it offers does alone.`,
    `# Rewritten by \`${updateSnapshotsCommand}\`; review its diff like code.`,
  ];
  const findings = result.files.flatMap((file) => file.findings.filter((finding) => finding.ruleId === ruleId));
  const newFilesShown = new Map<string, string>();
  for (const finding of findings) {
    const text = originalTexts.get(finding.filePath)!;
    const { line, column, endLine, endColumn } = finding.location;
    const where = `${relativeTo(directory, finding.filePath)}:${line}:${column}`;
    lines.push("", `${where}-${endLine}:${endColumn} ${finding.messageId}`);
    lines.push(`  message: ${finding.message}`);
    lines.push(`  flagged: ${flaggedExcerpt(text, finding, secretsBefore(finding.filePath))}`);
    if (finding.fixes.length === 0) lines.push("  no fix");
    for (const fix of finding.fixes) {
      lines.push(`  fix ${fix.kind}: ${fix.title}${fix.suggestionReason ? ` (suggestion only: ${fix.suggestionReason})` : ""}`);
      const described = describeFixAlone(fix, project, secretRules, originalTexts, secretsBefore, (change) => {
        // A scaffold creates the same module for many findings: its text is shown once, then named.
        const key = `${change.filePath}\0${change.after}`;
        const shownFor = newFilesShown.get(key);
        if (shownFor === undefined) newFilesShown.set(key, where);
        return shownFor;
      });
      lines.push(...described.map((row) => `    ${row}`.trimEnd()));
    }
  }
  if (findings.length === 0) lines.push("", "no finding");
  return lines.join("\n") + "\n";
}

/**
 * Pieces of the folder's credentials a snapshot must not hold: every 8 characters of each (a preview keeps at most the
 * first 4) that the sources, shown with their previews, do not hold elsewhere (`-----BEGIN` also opens a public key).
 */
export function secretPiecesOf(project: FixtureProject): Array<{ piece: string; preview: string }> {
  const texts = new Map(project.sources.map((source) => [source.filePath, source.text]));
  const secretsIn = secretRangesByFile(project.registry.filter((rule) => rule.meta.flaggedTextIsSecret), project.result, texts);
  const shown = [...texts].map(([filePath, text]) => withPreviews(text, secretsIn(filePath))).join("\n");
  const pieces = new Map<string, string>();
  for (const [filePath, text] of texts) {
    for (const range of secretsIn(filePath)) {
      const secret = text.slice(range.start, range.end);
      for (let start = 0; start + 8 <= secret.length; start++) pieces.set(secret.slice(start, start + 8), range.preview);
    }
  }
  return [...pieces].filter(([piece]) => !shown.includes(piece)).map(([piece, preview]) => ({ piece, preview }));
}

/** The lines of a fix applied alone: its diff, and a warning when it leaves a source file that does not parse. */
function describeFixAlone(
  fix: Fix,
  project: FixtureProject,
  secretRules: readonly AnyRule[],
  originalTexts: ReadonlyMap<string, string>,
  secretsBefore: (filePath: string) => readonly SecretRange[],
  /** Where the same new file was shown already, for a file the fix creates. */
  newFileShownFor: (change: FileChange) => string | undefined,
): string[] {
  const readFile = (filePath: string): string | undefined => originalTexts.get(filePath) ?? readIfPresent(filePath);
  const after = applyFixAlone(fix, readFile);
  if (after.size === 0) return ["(changes nothing)"];
  const afterTexts = new Map([...originalTexts, ...[...after].filter(([filePath]) => sourceFilePattern.test(filePath))]);
  // What the fix leaves is linted again by the rules whose flagged text may be a secret, as the dry-run diff's "after" side is.
  const secretsAfter = secretRangesByFile(secretRules, lintSources(toSources(afterTexts), project.config, secretRules), afterTexts);
  const changes: FileChange[] = [...after].map(([filePath, text]) => ({
    filePath,
    before: readFile(filePath),
    after: text,
    secretsBefore: secretsBefore(filePath),
    secretsAfter: secretsAfter(filePath),
  }));
  const broken = [...after].filter(([filePath, text]) => sourceFilePattern.test(filePath) && parseDiagnosticsOf(parseSource(filePath, text)).length > 0);
  const sameNewFiles = changes.flatMap((change) => {
    const shownFor = change.before === undefined ? newFileShownFor(change) : undefined;
    return shownFor === undefined ? [] : [{ change, shownFor }];
  });
  const shown = changes.filter((change) => !sameNewFiles.some((same) => same.change === change));
  return [
    ...broken.map(([filePath]) => `! leaves a syntax error in ${relativeTo(project.directory, filePath)}`),
    ...sameNewFiles.map(({ change, shownFor }) => `creates ${relativeTo(project.directory, change.filePath)} as the fix at ${shownFor} does`),
    ...(shown.length > 0 ? formatFixDiff(shown, project.directory).replace(/\n$/, "").split("\n") : []),
  ];
}

/** The texts of the files one fix changes or creates, applied alone; `readFile` gives undefined for a missing file. */
function applyFixAlone(fix: Fix, readFile: (filePath: string) => string | undefined): Map<string, string> {
  const after = new Map<string, string>();
  for (const filePath of new Set(fix.edits.map((edit) => edit.filePath))) {
    const before = readFile(filePath) ?? "";
    const { text } = applyFixEdits(before, [fix.edits.filter((edit) => edit.filePath === filePath)]);
    if (text !== before) after.set(filePath, text);
  }
  for (const write of fix.files) {
    const existing = after.get(write.filePath) ?? readFile(write.filePath);
    const next = applyFileWrite(existing, write);
    if (next !== existing) after.set(write.filePath, next);
  }
  return after;
}

/** Where each text holds credentials: the literals the model finds, and the literals `secretRules` flagged. */
function secretRangesByFile(secretRules: readonly AnyRule[], result: LintResult, texts: ReadonlyMap<string, string>): (filePath: string) => SecretRange[] {
  const secretRuleIds = new Set(secretRules.map((rule) => rule.id));
  const findingsByFile = new Map(result.files.map((analysis) => [analysis.filePath, analysis.findings]));
  return (filePath) => {
    const text = texts.get(filePath);
    if (text === undefined || !sourceFilePattern.test(filePath)) return [];
    const flagged = (findingsByFile.get(filePath) ?? []).filter((finding) => secretRuleIds.has(finding.ruleId));
    return secretRangesOf({ filePath, text }, flagged.map((finding) => finding.span));
  };
}

/** The flagged text's first line (credentials as previews), and how many more lines the range covers. */
function flaggedExcerpt(text: string, finding: Finding, secrets: readonly SecretRange[]): string {
  const shown = withPreviews(text.slice(finding.span.start, finding.span.end), secrets, finding.span.start);
  const [first = "", ...more] = shown.split(/\r?\n/);
  const clipped = first.length > 100 ? `${first.slice(0, 100)}…` : first;
  return more.length === 0 ? clipped : `${clipped} … (+${more.length} lines)`;
}

function toSources(texts: ReadonlyMap<string, string>): SourceText[] {
  return [...texts].map(([filePath, text]) => ({ filePath, text }));
}

function readIfPresent(filePath: string): string | undefined {
  return fs.existsSync(filePath) ? fs.readFileSync(filePath, "utf8") : undefined;
}

function relativeTo(directory: string, filePath: string): string {
  return toPortablePath(path.relative(directory, filePath));
}

/** Fails with the unified diff from the stored snapshot to what the engine gives now. */
export function assertSnapshot(snapshotPath: string, actual: string): void {
  const stored = fs.existsSync(snapshotPath) ? fs.readFileSync(snapshotPath, "utf8") : undefined;
  if (stored === actual) return;
  const diff = formatFixDiff([{ filePath: snapshotPath, before: stored, after: actual }], path.dirname(snapshotPath));
  assert.fail(`${path.basename(snapshotPath)} differs from what the engine gives now (\`${updateSnapshotsCommand}\` rewrites it; review the change):\n${diff}`);
}

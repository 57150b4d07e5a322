// The one home of a finding's identity across runs: SARIF's `partialFingerprints` and the baseline both use it. It is
// made from the rule, the path and a hash of the flagged line's text with layout removed (never the text itself), so
// it survives lines moving and a reformat; a rename is handled by whoever passes the path (the baseline maps it).
import { createHash } from "node:crypto";
import type { Finding } from "../../rules/engine/types.js";

/** The SARIF `partialFingerprints` key; the version changes whenever the hash would. */
export const fingerprintName = "hardenLineHash/v2";

export interface FindingIdentity {
  /** This finding's own fingerprint: the n-th finding of a rule on equal-looking lines of a file gets the n-th one. */
  fingerprint: string;
  /** The fingerprint of the first of its equal-looking findings, which the baseline counts under. */
  groupFingerprint: string;
  /** 0 for the first finding of its group, 1 for the next, and so on in file order. */
  occurrence: number;
}

/**
 * Identities of one file's findings, in their order. `identityPath` is the file's portable path relative to the
 * source root as of the run being compared with (the path before a rename, when there was one).
 */
export function identifyFindings(findings: readonly Finding[], sourceText: string, identityPath: string): FindingIdentity[] {
  const lines = sourceText.split(/\r?\n/);
  const occurrences = new Map<string, number>();
  return findings.map((finding) => {
    const key = [finding.ruleId, identityPath, normaliseLine(lines[finding.location.line - 1] ?? "")].join("\u0000");
    const occurrence = occurrences.get(key) ?? 0;
    occurrences.set(key, occurrence + 1);
    return { fingerprint: sha256(`${key}\u0000${occurrence}`), groupFingerprint: sha256(`${key}\u00000`), occurrence };
  });
}

/**
 * What a formatter may change without changing the code: whitespace, quote style, and the semicolon or comma that
 * ends the line.
 */
function normaliseLine(line: string): string {
  return line.replace(/\s+/g, "").replace(/['`]/g, '"').replace(/[;,]+$/, "");
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

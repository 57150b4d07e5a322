// Keeps credentials out of everything the CLI prints or writes as a report: the text flagged by rules whose meta
// says it may be a secret is replaced by its first 4 characters and its length.
import type { Finding } from "../../rules/engine/types.js";

const shortestRedactedValue = 8;

/** The raw values (quotes removed) flagged in `sourceText` by the rules in `secretRuleIds`. */
export function flaggedSecrets(findings: readonly Finding[], sourceText: string, secretRuleIds: ReadonlySet<string>): string[] {
  return findings
    .filter((finding) => secretRuleIds.has(finding.ruleId))
    .map((finding) => sourceText.slice(finding.span.start, finding.span.end).replace(/^(["'`])([\s\S]*)\1$/, "$2"))
    .filter((value) => value.length >= shortestRedactedValue);
}

export function redactSecrets(text: string, secrets: Iterable<string>): string {
  let redacted = text;
  for (const secret of [...new Set(secrets)].sort((a, b) => b.length - a.length)) {
    redacted = redacted.split(secret).join(`${secret.slice(0, 4)}…[redacted, ${secret.length} chars]`);
  }
  return redacted;
}

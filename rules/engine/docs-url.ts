// Where each rule's documentation lives; helpUri in SARIF and codeDescription in LSP both come from here.
export const docsBaseUrl = "https://github.com/harden-lint/harden/blob/main/rules/docs/";

export function ruleDocsUrl(ruleId: string): string {
  return `${docsBaseUrl}${ruleId}.md`;
}

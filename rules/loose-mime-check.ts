// loose-mime-check: content-type checks that accept more than they name. Reads the mime-checks model; the suggestion
// replaces the check with an exact allow-list compared against the media type's essence (no parameters, lower case).
import { defineRule, type FixRequest } from "./engine/types.js";
import type { LooseMimeCheckKind, LooseMimeCheckSummary } from "./model/mime-checks.js";

const descriptions: Record<Exclude<LooseMimeCheckKind, "rawHeaderEquality">, string> = {
  prefix: "a prefix test",
  substring: "a substring test",
  suffix: "a suffix test",
  regex: "a regular expression without `^…$` anchors",
};

export default defineRule({
  id: "loose-mime-check",
  meta: {
    category: "security",
    severity: "warn",
    needsTypes: false,
    fix: "suggestion",
    summary: "Content types must be compared exactly against an allow-list, not by prefix, substring or unanchored pattern.",
    fixTitle: "Compare the media type against an exact allow-list",
    messages: {
      loose:
        "`{{subject}}` is checked with {{how}}, which also admits types you did not mean (`image/svg+xml` passes `image/`, `text/html; x=json` passes `json`). Compare its essence against an exact allow-list.",
      rawHeader:
        "`{{subject}}` is the raw Content-Type header, which may carry parameters (`; charset=utf-8`): the exact comparison fails valid requests and invites a looser check. Compare its parsed essence instead.",
    },
  },
  check: (ctx) => ({
    onEnd() {
      for (const check of ctx.file.looseMimeChecks ?? []) {
        if (check.readFrom && ctx.project.returnsFetchedResponse(check.readFrom, ctx.filePath)) continue;
        const suggestions = check.allowList ? [exactCheckFix(check, check.allowList, ctx.text.slice(check.span.start, check.span.end))] : [];
        if (check.kind === "rawHeaderEquality") ctx.report({ span: check.span, messageId: "rawHeader", data: { subject: check.subject }, suggestions });
        else ctx.report({ span: check.span, messageId: "loose", data: { subject: check.subject, how: descriptions[check.kind] }, suggestions });
      }
    },
  }),
});

/** `["image/png", "image/jpeg"].includes((subject ?? "").replace(/;.*$/, "").trim().toLowerCase())`, negated for `!==`. */
function exactCheckFix(check: LooseMimeCheckSummary, allowList: string[], checkText: string): FixRequest {
  const essence = `(${check.subject} ?? "").replace(/;.*$/, "").trim().toLowerCase()`;
  const negated = check.kind === "rawHeaderEquality" && /!==?/.test(checkText);
  const replacement = `${negated ? "!" : ""}[${allowList.map((type) => JSON.stringify(type)).join(", ")}].includes(${essence})`;
  return { title: `Compare against ${allowList.join(", ")}`, apply: (edit) => edit.replace(check.span, replacement) };
}

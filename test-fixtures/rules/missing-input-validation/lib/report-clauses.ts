// SQL fragments for the report endpoints, built only from checked filter values.
import { parsePeriod, parseTagList } from "./period-rules";

export function tagClause(tags?: string) {
  if (!tags) return "";
  return parseTagList(tags)
    .map((tag) => `tag = ${JSON.stringify(tag)}`)
    .join(" OR ");
}

// Takes three fields of the query it is handed, and only hands them to parsePeriod.
export function periodClause(query: { from?: string; until?: string; zone?: string }) {
  const { from, until, zone } = query;
  const span = from && until ? { from, until } : undefined;
  const period = parsePeriod({ span, zone });
  return period.span ? `at BETWEEN '${period.span.from}' AND '${period.span.until}'` : "";
}

// Builds a label from the same fields without checking them.
export function periodLabel(query: { from?: string; until?: string }) {
  const { from, until } = query;
  return describeSpan({ from, until });
}

function describeSpan(span: { from?: string; until?: string }) {
  return `${span.from} to ${span.until}`;
}

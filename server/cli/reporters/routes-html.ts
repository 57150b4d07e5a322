// `harden routes --format html`: the route inventory as one self-contained page for a review — a table with a text
// filter and toggles, and a per-framework bar chart in inline SVG. Route paths, file names and messages come from the
// analysed project, so every value is HTML-escaped where it is written and the page's script only reads the document
// (textContent, data attributes), never writes markup; a Content-Security-Policy allows only this page's own style
// and script and no network at all. It shows what the JSON report holds: messages are already redacted.
import { createHash } from "node:crypto";
import { escapeUnprintable } from "../printable.js";
import type { RouteJson, RouteRow } from "./routes.js";

export interface HtmlRoute {
  row: RouteRow;
  details: RouteJson;
}

/** `columns`: the table's columns in order with their titles, as the other formats print them. */
export function formatRoutesHtml(routes: readonly HtmlRoute[], columns: ReadonlyArray<readonly [keyof RouteRow, string]>): string {
  const frameworks = [...new Set(routes.map((route) => route.details.framework))].sort();
  const unauthenticated = routes.filter(isUnauthenticated).length;
  const unvalidated = routes.filter(isUnvalidated).length;
  const withFindings = routes.filter((route) => route.details.findings.length > 0).length;
  const policy = `default-src 'none'; style-src '${sha256(style)}'; script-src '${sha256(script)}'; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Harden route inventory</title>
<style>${style}</style>
</head>
<body>
<header>
<h1>Route inventory</h1>
<p id="totals">${plural(routes.length, "route")} · ${unauthenticated} without authentication · ${unvalidated} without validation · ${withFindings} with findings</p>
</header>
${chart(routes, frameworks)}
<form id="filters" autocomplete="off">
<label>Filter <input id="filter-text" type="search" placeholder="path, file, guard, rule…"></label>
<label><input id="only-unauthenticated" type="checkbox"> unauthenticated only</label>
<label><input id="only-unvalidated" type="checkbox"> unvalidated only</label>
<label><input id="only-findings" type="checkbox"> with findings only</label>
<fieldset><legend>Frameworks</legend>
${frameworks.map((framework) => `<label><input type="checkbox" name="framework" value="${escapeHtml(framework)}" checked> ${escapeHtml(framework)}</label>`).join("\n")}
</fieldset>
</form>
<p id="shown" aria-live="polite">${routes.length} of ${plural(routes.length, "route")} shown</p>
<table id="routes">
<thead><tr>${columns.map(([key, title]) => `<th class="${key}">${escapeHtml(title)}</th>`).join("")}</tr></thead>
<tbody>
${routes.map((route) => tableRow(route, columns)).join("\n")}
</tbody>
</table>
${routes.length === 0 ? '<p class="empty">Harden found no routes under the paths given.</p>\n' : ""}<script>${script}</script>
</body>
</html>
`;
}

function tableRow({ row, details }: HtmlRoute, columns: ReadonlyArray<readonly [keyof RouteRow, string]>): string {
  const flags = {
    framework: details.framework,
    unauthenticated: String(isUnauthenticated({ row, details })),
    unvalidated: String(isUnvalidated({ row, details })),
    findings: String(details.findings.length),
  };
  const cells: Record<keyof RouteRow, string> = {
    method: text(row.method),
    path: `<code>${text(row.path)}</code>`,
    framework: text(row.framework),
    location: `<code>${text(row.location)}</code>`,
    auth: guardCell(details, "auth", row.auth),
    validation: guardCell(details, "validation", row.validation, details.frameworkValidated ? ["framework schema"] : []),
    rateLimit: guardCell(details, "rate-limit", row.rateLimit),
    bodyLimit: status(row.bodyLimit),
    otherGuards: guardCell(details, "other", row.otherGuards),
    findings: findingsCell(details),
  };
  const attributes = Object.entries(flags).map(([name, value]) => ` data-${name}="${escapeHtml(value)}"`).join("");
  return `<tr${attributes}>${columns.map(([key]) => `<td class="${key}">${cells[key]}</td>`).join("")}</tr>`;
}

/** Each guard of the role with where it is defined (and applied, when that is another file), or the row's status word. */
function guardCell(details: RouteJson, role: RouteJson["guards"][number]["role"], fallback: string, extra: readonly string[] = []): string {
  const guards = details.guards.filter((guard) => guard.role === role);
  if (guards.length === 0 && extra.length === 0) return status(fallback);
  const items = [
    ...extra.map((label) => `<li>${text(label)}</li>`),
    ...guards.map((guard) => {
      const places = [
        guard.definedIn ? `defined in ${guard.definedIn}` : "from a package",
        ...(guard.appliedIn !== details.file ? [`applied in ${guard.appliedIn}`] : []),
      ];
      return `<li><code>${text(guard.name)}</code> <small>${text(places.join(", "))}</small></li>`;
    }),
  ];
  return `<ul>${items.join("")}</ul>`;
}

function findingsCell(details: RouteJson): string {
  if (details.findings.length === 0) return status("—");
  const items = details.findings.map(
    (finding) => `<li class="${escapeHtml(finding.severity)}"><code>${text(finding.ruleId)}</code> <small>line ${finding.line}</small> ${text(finding.message)}</li>`,
  );
  return `<ul>${items.join("")}</ul>`;
}

function status(word: string): string {
  const kind = word === "missing" || word === "unbounded" ? "missing" : word === "—" ? "none" : "present";
  return `<span class="status ${kind}">${text(word)}</span>`;
}

const barHeight = 22;
const barGap = 10;
const labelWidth = 150;
const plotWidth = 420;

/** One bar per framework: its routes, the authenticated part darker; the counts also as text for screen readers. */
function chart(routes: readonly HtmlRoute[], frameworks: readonly string[]): string {
  const counts = frameworks.map((framework) => {
    const own = routes.filter((route) => route.details.framework === framework);
    return { framework, total: own.length, authenticated: own.filter((route) => !isUnauthenticated(route)).length, unvalidated: own.filter(isUnvalidated).length };
  });
  const most = Math.max(1, ...counts.map((count) => count.total));
  const height = Math.max(1, counts.length) * (barHeight + barGap) + barGap;
  const width = labelWidth + plotWidth + 260;
  const bars = counts.map(({ framework, total, authenticated, unvalidated }, index) => {
    const y = barGap + index * (barHeight + barGap);
    const scale = (count: number): number => Math.round((count / most) * plotWidth);
    const summary = `${framework}: ${plural(total, "route")}, ${authenticated} authenticated, ${unvalidated} without validation`;
    return [
      `<g class="bar" data-framework="${escapeHtml(framework)}" role="listitem" aria-label="${escapeHtml(summary)}">`,
      `<title>${escapeHtml(summary)}</title>`,
      `<text x="${labelWidth - 8}" y="${y + barHeight / 2}" text-anchor="end" dominant-baseline="middle">${text(framework)}</text>`,
      `<rect class="total" x="${labelWidth}" y="${y}" width="${scale(total)}" height="${barHeight}"></rect>`,
      `<rect class="authenticated" x="${labelWidth}" y="${y}" width="${scale(authenticated)}" height="${barHeight}"></rect>`,
      `<text x="${labelWidth + scale(total) + 8}" y="${y + barHeight / 2}" dominant-baseline="middle">${total} (${authenticated} authenticated)</text>`,
      "</g>",
    ].join("");
  });
  return `<figure id="chart">
<figcaption>Routes per framework <span class="key authenticated">authenticated</span> <span class="key total">without authentication</span></figcaption>
<svg xmlns="http://www.w3.org/2000/svg" role="list" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
${bars.join("\n")}
</svg>
</figure>`;
}

function isUnauthenticated(route: HtmlRoute): boolean {
  return !route.details.guards.some((guard) => guard.role === "auth");
}

function isUnvalidated(route: HtmlRoute): boolean {
  return !route.details.frameworkValidated && !route.details.guards.some((guard) => guard.role === "validation");
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** Project text as it may reach a reader: bidirectional overrides and control characters shown as escapes, then HTML-escaped. */
function text(value: string): string {
  return escapeHtml(escapeUnprintable(value));
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function sha256(content: string): string {
  return `sha256-${createHash("sha256").update(content, "utf8").digest("base64")}`;
}

const style = `
body { font: 14px/1.4 system-ui, sans-serif; margin: 24px; color: #1f2328; background: #fff; }
h1 { font-size: 20px; margin: 0 0 4px; }
#totals, #shown { color: #57606a; margin: 4px 0 12px; }
#chart { margin: 0 0 16px; }
#chart figcaption { font-weight: 600; margin-bottom: 4px; }
#chart .bar { cursor: pointer; pointer-events: bounding-box; }
#chart text { font-size: 12px; fill: #1f2328; }
#chart rect.total, .key.total::before { fill: #f0b9b9; background: #f0b9b9; }
#chart rect.authenticated, .key.authenticated::before { fill: #2f81f7; background: #2f81f7; }
.key { font-weight: normal; font-size: 12px; margin-left: 12px; }
.key::before { content: ""; display: inline-block; width: 10px; height: 10px; margin-right: 4px; }
#filters { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; margin-bottom: 8px; }
#filters fieldset { border: 1px solid #d0d7de; padding: 2px 8px; display: flex; gap: 12px; }
#filters legend { font-size: 12px; color: #57606a; }
#filter-text { width: 260px; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; position: sticky; top: 0; }
td.path { min-width: 12em; }
td.path code { overflow-wrap: anywhere; }
td ul { list-style: none; margin: 0; padding: 0; }
small { color: #57606a; }
.status.missing { color: #cf222e; font-weight: 600; }
.status.none { color: #8c959f; }
li.error code { color: #cf222e; }
li.warn code { color: #9a6700; }
.empty { color: #57606a; }
`;

const script = `
"use strict";
const rows = Array.from(document.querySelectorAll("#routes tbody tr"));
const text = document.getElementById("filter-text");
const onlyUnauthenticated = document.getElementById("only-unauthenticated");
const onlyUnvalidated = document.getElementById("only-unvalidated");
const onlyFindings = document.getElementById("only-findings");
const frameworkBoxes = Array.from(document.querySelectorAll("input[name=framework]"));
const shown = document.getElementById("shown");
function applyFilters() {
  const query = text.value.trim().toLowerCase();
  const frameworks = new Set(frameworkBoxes.filter((box) => box.checked).map((box) => box.value));
  let count = 0;
  for (const row of rows) {
    const visible =
      frameworks.has(row.dataset.framework) &&
      (!onlyUnauthenticated.checked || row.dataset.unauthenticated === "true") &&
      (!onlyUnvalidated.checked || row.dataset.unvalidated === "true") &&
      (!onlyFindings.checked || row.dataset.findings !== "0") &&
      (query === "" || row.textContent.toLowerCase().includes(query));
    row.hidden = !visible;
    if (visible) count++;
  }
  shown.textContent = count + " of " + rows.length + (rows.length === 1 ? " route" : " routes") + " shown";
}
document.getElementById("filters").addEventListener("input", applyFilters);
document.getElementById("filters").addEventListener("submit", (event) => event.preventDefault());
for (const bar of document.querySelectorAll("#chart .bar")) {
  bar.addEventListener("click", () => {
    for (const box of frameworkBoxes) box.checked = box.value === bar.dataset.framework;
    applyFilters();
  });
}
applyFilters();
`;

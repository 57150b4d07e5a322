// `harden routes`: the engine's route inventory as a table for the terminal, a Markdown table for a review, or JSON.
// Presentation only: the guards' roles and definitions come from the model, the statuses from the findings on a route.
import * as path from "node:path";
import type { InventoriedGuard, ReportedRoute } from "../../../rules/lint-project.js";
import type { RoutesFormat } from "../args.js";
import { escapeUnprintable } from "../printable.js";
import { toPortablePath } from "./json.js";

interface RouteRow {
  method: string;
  path: string;
  framework: string;
  location: string;
  auth: string;
  validation: string;
  rateLimit: string;
  bodyLimit: string;
  otherGuards: string;
  findings: string;
}

const columns: Array<[keyof RouteRow, string]> = [
  ["method", "METHOD"],
  ["path", "PATH"],
  ["framework", "FRAMEWORK"],
  ["location", "FILE:LINE"],
  ["auth", "AUTH"],
  ["validation", "VALIDATION"],
  ["rateLimit", "RATE LIMIT"],
  ["bodyLimit", "BODY LIMIT"],
  ["otherGuards", "OTHER GUARDS"],
  ["findings", "FINDINGS"],
];

export function formatRoutes(routes: readonly ReportedRoute[], format: RoutesFormat, cwd: string): string {
  const relative = (filePath: string): string => toPortablePath(path.relative(cwd, filePath));
  const sorted = [...routes].sort((a, b) => (a.filePath === b.filePath ? a.line - b.line : a.filePath < b.filePath ? -1 : 1));
  if (format === "json") return JSON.stringify({ routes: sorted.map((route) => toJson(route, relative)) }, null, 2) + "\n";
  const rows = sorted.map((route) => toRow(route, relative));
  const summary = `${rows.length} route${rows.length === 1 ? "" : "s"}`;
  if (format === "markdown") {
    const cell = (text: string): string => escapeUnprintable(text).replace(/\|/g, "\\|");
    return [
      `| ${columns.map(([, title]) => title).join(" | ")} |`,
      `|${columns.map(() => "---|").join("")}`,
      ...rows.map((row) => `| ${columns.map(([key]) => cell(row[key])).join(" | ")} |`),
      "",
      summary,
      "",
    ].join("\n");
  }
  const cellsOf = (row: RouteRow): string[] => columns.map(([key]) => escapeUnprintable(row[key]));
  const widths = columns.map(([, title], index) => Math.max(title.length, ...rows.map((row) => cellsOf(row)[index]!.length)));
  const line = (cells: readonly string[]): string => cells.map((cell, index) => cell.padEnd(widths[index]!)).join("  ").trimEnd();
  return [line(columns.map(([, title]) => title)), ...rows.map((row) => line(cellsOf(row))), "", summary, ""].join("\n");
}

function toRow(route: ReportedRoute, relative: (filePath: string) => string): RouteRow {
  const flagged = (ruleId: string): boolean => route.findings.some((finding) => finding.ruleId === ruleId);
  const guardsOf = (role: InventoriedGuard["role"]): string =>
    route.guards
      .filter((guard) => guard.role === role)
      .map((guard) => (guard.definedIn ? `${guard.name} (${relative(guard.definedIn)})` : guard.name))
      .join(", ");
  const status = (guards: string, ruleId: string, otherwise = "—"): string => guards || (flagged(ruleId) ? "missing" : otherwise);
  const validation = route.frameworkValidated ? ["framework schema", guardsOf("validation")].filter(Boolean).join(", ") : guardsOf("validation");
  const bodyLimit = route.platformBodyLimit !== undefined ? `${(route.platformBodyLimit / (1024 * 1024)).toFixed(1)} MB (platform)` : "";
  return {
    method: route.method,
    path: route.path || "(dynamic)",
    framework: route.framework,
    location: `${relative(route.filePath)}:${route.line}`,
    auth: status(guardsOf("auth"), "missing-auth", route.markedPublic ? "public (marked)" : "—"),
    validation: status(validation, "missing-input-validation"),
    rateLimit: status(guardsOf("rate-limit"), "missing-rate-limit"),
    bodyLimit: flagged("unbounded-body-size") ? "unbounded" : bodyLimit || "—",
    otherGuards: guardsOf("other") || "—",
    findings: [...new Set(route.findings.map((finding) => finding.ruleId))].join(", ") || "—",
  };
}

function toJson(route: ReportedRoute, relative: (filePath: string) => string): object {
  return {
    method: route.method,
    path: route.path,
    framework: route.framework,
    file: relative(route.filePath),
    line: route.line,
    guards: route.guards.map((guard) => ({
      name: guard.name,
      kind: guard.kind,
      role: guard.role,
      appliedIn: relative(guard.appliedIn),
      ...(guard.definedIn ? { definedIn: relative(guard.definedIn) } : {}),
    })),
    frameworkValidated: route.frameworkValidated,
    markedPublic: route.markedPublic,
    ...(route.platformBodyLimit !== undefined ? { platformBodyLimit: route.platformBodyLimit } : {}),
    findings: route.findings.map((finding) => ({ ruleId: finding.ruleId, severity: finding.severity, message: finding.message, line: finding.location.line, column: finding.location.column })),
  };
}

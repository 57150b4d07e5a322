// A file's summary is its cross-file links and its file-local facts. The links are what other files' findings may
// depend on: imports, exports and re-exports, routes and mounts, guards, validators, limiters, body parsers, socket
// servers (whether a package authenticates anywhere), loggers,
// env reads and schemas, the app config other files consult, code markers. The file-local facts are read only for the file's own
// findings (`ctx.file`): no other file's analysis, and nothing the project model links, ever reads them. Hosts
// fingerprint the links alone, so an edit that changes only local facts (a fetch or a cookie in a handler body) leaves
// every other file's findings valid. test/link-fingerprint.test.ts checks this split against every rule's fixtures.
import type { Span } from "../engine/types.js";
import type { AppConfigSummary, FileSummary } from "./types.js";

/** Summary fields read only for the file's own findings. */
export const fileLocalFacts = [
  "outboundCalls",
  "injectedClientCalls",
  "proxyTrustAll",
  "forwardedHeaderReads",
  "looseMimeChecks",
] as const satisfies ReadonlyArray<keyof FileSummary>;

/** Of `appConfig`, the fields read only for the file's own findings. */
export const fileLocalAppConfig = ["cookies", "cors"] as const satisfies ReadonlyArray<keyof AppConfigSummary>;

type LocalField = (typeof fileLocalFacts)[number];
type LocalAppConfigField = (typeof fileLocalAppConfig)[number];

/** What other files' findings may depend on. */
export type FileLinks = Omit<FileSummary, LocalField | "appConfig"> & { appConfig?: Omit<AppConfigSummary, LocalAppConfigField> };

/** The summary without its file-local facts; a new object, the summary is not changed. */
export function linksOf(summary: FileSummary): FileLinks {
  const links: Partial<FileSummary> = { ...summary };
  for (const field of fileLocalFacts) delete links[field];
  delete links.appConfig;
  if (summary.appConfig) {
    const appConfig: Partial<AppConfigSummary> = { ...summary.appConfig };
    for (const field of fileLocalAppConfig) delete appConfig[field];
    // An app config holding only local facts links nothing: its first cookie write is not a cross-file change.
    if (Object.values(appConfig).some(isFact)) links.appConfig = appConfig as AppConfigSummary;
  }
  return links as FileLinks;
}

function isFact(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : value !== undefined && value !== false;
}

/** The fields of a list's items that hold a number. */
type NumberFieldOf<List> = List extends ReadonlyArray<infer Item extends object> ? { [Key in keyof Item & string]-?: Item[Key] extends number | undefined ? Key : never }[keyof Item & string] : never;

/**
 * Offsets the links hold as bare numbers, not spans, by list and item field: the link step compares them only with
 * the same file's spans, so they are ranked with them. Unranked, one line added above a function that hands its
 * parameter on (a router hand-off, recorded in most files) changed the file's fingerprint and so every file's findings
 * key. An env schema's `insertion` stays absolute: a fix in another file writes there.
 */
export const bareOffsets: { [Field in keyof FileLinks]?: NumberFieldOf<NonNullable<FileLinks[Field]>> } = {
  routes: "chainedAt",
  uses: "chainedAt",
  routerHandOffs: "position",
  hookHandOffs: "position",
  routerInstances: "position",
};

/** A span as the links hold one: an object of `start` and `end` alone (an object with more fields keeps its numbers as they are). */
export function isLinkSpan(value: unknown): value is Span {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  if (typeof (value as Span).start !== "number" || typeof (value as Span).end !== "number") return false;
  let keys = 0;
  for (const _key in value) keys++;
  return keys === 2;
}

/**
 * Every offset the links hold, ascending and each once: the ends of their spans and their bare offsets. Two versions
 * of a file with the same link fingerprint hold the same number of them, in the same places.
 */
export function linkOffsets(links: FileLinks): number[] {
  const offsets = new Set<number>();
  /** `offsetField`: while inside a list of `bareOffsets`, the field of its items that holds an offset. */
  const collect = (value: unknown, offsetField?: string): void => {
    if (typeof value !== "object" || value === null) return;
    if (isLinkSpan(value)) offsets.add(value.start).add(value.end);
    else if (Array.isArray(value)) for (const item of value) collect(item, offsetField);
    // `for in`, not Object.entries: no array of entries per object walked.
    else for (const key in value) {
      const child = (value as Record<string, unknown>)[key];
      if (key === offsetField && typeof child === "number") offsets.add(child);
      else collect(child, value === links ? bareOffsets[key as keyof FileLinks] : undefined);
    }
  };
  collect(links);
  return [...offsets].sort((a, b) => a - b);
}

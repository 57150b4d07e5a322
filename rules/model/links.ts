// A file's summary is its cross-file links and its file-local facts. The links are what other files' findings may
// depend on: imports, exports and re-exports, routes and mounts, guards, validators, limiters, loggers, env reads and
// schemas, the app config other files consult, code markers. The file-local facts are read only for the file's own
// findings (`ctx.file`): no other file's analysis, and nothing the project model links, ever reads them. Hosts
// fingerprint the links alone, so an edit that changes only local facts (a fetch or a cookie in a handler body) leaves
// every other file's findings valid. test/link-fingerprint.test.ts checks this split against every rule's fixtures.
import type { AppConfigSummary, FileSummary } from "./types.js";

/** Summary fields read only for the file's own findings. */
export const fileLocalFacts = [
  "outboundCalls",
  "injectedClientCalls",
  "bodyParsers",
  "proxyTrustAll",
  "forwardedHeaderReads",
  "looseMimeChecks",
  "socketServers",
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

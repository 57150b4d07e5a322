// The on-disk cache behind `harden check --cache`: the project's resolved config (valid while its config file's text
// is unchanged) and, per file, its summary (valid while its text is unchanged) and its findings (valid while its
// text, the config and every file's cross-file links are unchanged). Data only, one JSON file per project root,
// dropped whole when another engine build wrote it; it never analyses anything and a cache it cannot read is empty.
// It lives where the workspace can write it, so each file carries an HMAC under this user's key (user-cache.ts): a
// cache this user's Harden did not write, committed or forged, is ignored with one notice and never changes a result.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import type { FileAnalysis } from "../../rules/engine/analyze.js";
import type { ResolvedConfig, RuleSetting } from "../../rules/engine/config.js";
import type { Notice, Span } from "../../rules/engine/types.js";
import { linksOf } from "../../rules/model/links.js";
import type { FileSummary } from "../../rules/model/types.js";
import type { ProjectSetup } from "./project-setup.js";
import { readFileSafely } from "./user-cache.js";

export interface CachedFile {
  contentHash: string;
  /** Absent when the file could not be parsed; `parseNotices` says why. */
  summary?: FileSummary;
  /** `linkFingerprintOf(summary)`, kept so an unchanged file's summary is never serialised again. */
  linkFingerprint?: string;
  parseNotices: Notice[];
  /** The findings key the analysis was computed under (see `findingsKeyOf`). */
  findingsKey?: string;
  analysis?: FileAnalysis | { skipped: Notice };
}

interface CachedSetup {
  /** Hash of the config file's path and text it was resolved from (see `configKeyOf`). */
  configKey: string;
  setup: Omit<ProjectSetup, "config"> & { config: Omit<ResolvedConfig, "rules"> & { rules: [string, RuleSetting][] } };
}

interface CacheFileContents {
  version: string;
  setup?: CachedSetup;
  files: Record<string, CachedFile>;
}

/** Where `--cache` and the language server keep a project's cache, relative to its root. */
export const defaultCacheLocation = "node_modules/.cache/harden";

/** A cache file is this line with the contents' HMAC (hex), a newline, then the contents as JSON. */
const macLinePrefix = "harden-cache-hmac-sha256 ";

export function hashText(text: string): string {
  return createHash("sha1").update(text).digest("hex");
}

/** The key a resolved config is cached under: its file's path and text (`undefined` path: the defaults). */
export function configKeyOf(configPath: string | undefined, text: string | undefined): string {
  return configPath === undefined ? "(defaults)" : hashText(`${configPath}\0${text}`);
}

export class SummaryCache {
  private readonly entries: Map<string, CachedFile>;
  private readonly seen = new Set<string>();
  private changed = false;
  /** Why the cache file on disk was ignored, when it was not written by this user's Harden. */
  rejected?: Notice;

  private constructor(
    private readonly cachePath: string,
    private readonly root: string,
    private readonly version: string,
    private readonly key: Buffer,
    private cachedSetup: CachedSetup | undefined,
    entries: Record<string, CachedFile>,
  ) {
    this.entries = new Map(Object.entries(entries));
  }

  /**
   * The cache for one project root under `directory`, authenticated with `key`; a cache written by another engine
   * build, or damaged, is empty, and one whose HMAC fails is empty and `rejected`.
   */
  static open(directory: string, root: string, version: string, key: Buffer): SummaryCache {
    const cachePath = path.join(directory, `${hashText(root).slice(0, 16)}.json`);
    const empty = new SummaryCache(cachePath, root, version, key, undefined, {});
    const bytes = readFileSafely(cachePath, { privateToUser: false });
    if (bytes === undefined) return empty;
    const body = authenticatedBody(bytes, key, root);
    if (body === undefined) {
      empty.rejected = { filePath: cachePath, message: "cache not written by this user's Harden; ignored" };
      empty.changed = true;
      return empty;
    }
    let contents: CacheFileContents | undefined;
    try {
      contents = JSON.parse(body) as CacheFileContents;
    } catch {
      contents = undefined;
    }
    const usable = contents?.version === version && typeof contents.files === "object" && contents.files !== null;
    return usable ? new SummaryCache(cachePath, root, version, key, contents!.setup, contents!.files) : empty;
  }

  /** The setup resolved from the config file with this `configKeyOf`, if that is the one cached. */
  setup(configKey: string): ProjectSetup | undefined {
    const cached = this.cachedSetup;
    if (cached?.configKey !== configKey) return undefined;
    return { ...cached.setup, config: { ...cached.setup.config, rules: new Map(cached.setup.config.rules) } };
  }

  storeSetup(configKey: string, setup: ProjectSetup): void {
    this.cachedSetup = { configKey, setup: { ...setup, config: { ...setup.config, rules: [...setup.config.rules] } } };
    this.changed = true;
  }

  /** The entry for `filePath` if it was cached for exactly this text. */
  lookup(filePath: string, contentHash: string): CachedFile | undefined {
    this.seen.add(filePath);
    const entry = this.entries.get(filePath);
    return entry?.contentHash === contentHash ? entry : undefined;
  }

  store(filePath: string, entry: CachedFile): void {
    this.seen.add(filePath);
    this.entries.set(filePath, entry);
    this.changed = true;
  }

  /** Writes the cache when something changed, dropping files not seen in this run; a failed write only loses the cache. */
  save(): void {
    for (const filePath of this.entries.keys()) {
      if (!this.seen.has(filePath)) {
        this.entries.delete(filePath);
        this.changed = true;
      }
    }
    if (!this.changed) return;
    const contents: CacheFileContents = { version: this.version, setup: this.cachedSetup, files: Object.fromEntries(this.entries) };
    const body = JSON.stringify(contents);
    const temporary = `${this.cachePath}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(this.cachePath), { recursive: true });
      // Exclusive: a link planted under the temporary name is replaced, never written through.
      fs.rmSync(temporary, { force: true });
      fs.writeFileSync(temporary, `${macLinePrefix}${macOf(body, this.key, this.root).toString("hex")}\n${body}`, { flag: "wx" });
      fs.renameSync(temporary, this.cachePath);
    } catch {
      fs.rmSync(temporary, { force: true });
    }
  }
}

/** The HMAC of a cache's contents for one project root: a cache moved to another root does not verify either. */
function macOf(body: string | Buffer, key: Buffer, root: string): Buffer {
  return createHmac("sha256", key).update(`harden summary cache\0${root}\0`).update(body).digest();
}

/** The contents of a cache file whose HMAC verifies; undefined for any other file. */
function authenticatedBody(bytes: Buffer, key: Buffer, root: string): string | undefined {
  const lineEnd = bytes.indexOf(0x0a);
  const macLine = bytes.subarray(0, Math.max(lineEnd, 0)).toString("latin1");
  if (lineEnd < 0 || !macLine.startsWith(macLinePrefix)) return undefined;
  const claimed = Buffer.from(macLine.slice(macLinePrefix.length), "hex");
  const body = bytes.subarray(lineEnd + 1);
  const actual = macOf(body, key, root);
  return claimed.length === actual.length && timingSafeEqual(claimed, actual) ? body.toString("utf8") : undefined;
}

/**
 * The key a file's cached findings are valid under: the config, and the cross-file links of every file (their
 * `linkFingerprintOf`, in project order). A change to any file's links (a new route, guard, import or export
 * anywhere) re-analyses every file: simple and correct, at the cost of a full rule run (though not a full parse)
 * after such edits. A change to a file's local facts alone re-analyses only that file (its text changed).
 */
export function findingsKeyOf(linkFingerprints: readonly string[], config: ResolvedConfig): string {
  const hash = createHash("sha1");
  hash.update(JSON.stringify({ rules: [...config.rules], ignore: config.ignore, settings: config.settings }));
  for (const fingerprint of linkFingerprints) hash.update(fingerprint);
  return hash.digest("hex");
}

/**
 * A summary's cross-file links as a hash (see rules/model/links.ts): its file-local facts only ever reach its own
 * findings, which its text's hash already keys. Rules see other files only through their summaries, never their
 * text, so another file's spans can matter only by their order (a middleware registered before a route): each offset
 * is replaced by its rank, and an edit that merely moves code in a file keeps every other file's findings cached.
 */
export function linkFingerprintOf(summary: FileSummary): string {
  return hashText(rankedSpans(linksOf(summary)));
}

function isSpan(value: unknown): value is Span {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && typeof (value as Span).start === "number" && typeof (value as Span).end === "number";
}

/** The summary as JSON with each span offset replaced by its rank among all offsets in that summary. */
function rankedSpans(summary: object): string {
  const offsets = new Set<number>();
  JSON.stringify(summary, (_key, value: unknown) => {
    if (isSpan(value)) offsets.add(value.start).add(value.end);
    return value;
  });
  const rank = new Map([...offsets].sort((a, b) => a - b).map((offset, index) => [offset, index]));
  return JSON.stringify(summary, (_key, value: unknown) => (isSpan(value) ? [rank.get(value.start), rank.get(value.end)] : value));
}

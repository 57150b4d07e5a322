// The on-disk cache behind `harden check --cache`: the project's resolved config (valid while its config file's text
// is unchanged) and, per file, its summary (valid while its text is unchanged) and its findings (valid while its
// text, the config and every file's cross-file links are unchanged). Data only, an index and a summaries file per
// project root, dropped whole when another engine build wrote it; it never analyses anything and a cache it cannot
// read is empty. It lives where the workspace can write it, so the index carries an HMAC under this user's key
// (user-cache.ts) and the digest of the summaries file: a cache this user's Harden did not write, committed or forged,
// is ignored with one notice and never changes a result.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import type { FileAnalysis } from "../../rules/engine/analyze.js";
import type { ResolvedConfig, RuleSetting } from "../../rules/engine/config.js";
import type { Notice } from "../../rules/engine/types.js";
import { bareOffsets, isLinkSpan, linkOffsets, linksOf, type FileLinks } from "../../rules/model/links.js";
import type { CodeRole } from "../../rules/model/code-role.js";
import type { FileSummary } from "../../rules/model/types.js";
import type { ProjectSetup } from "./project-setup.js";
import type { FileScan } from "./reachable-files.js";
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
  /** The file's code role when it was analysed, valid under the same findings key (its links and everyone's are unchanged). */
  codeRole?: CodeRole;
}

/** A cached file without its summary, which is read only when some file must be analysed (`summaryOf`). */
export type CachedEntry = Omit<CachedFile, "summary"> & { hasSummary: boolean };

/** What a file's stat says of its text without reading it: size, modification and change times. */
export type FileStamp = readonly [size: number, mtimeMs: number, ctimeMs: number];

/** An entry as the index stores it: its summary is a byte range of the summaries file. */
interface IndexEntry extends Omit<CachedFile, "summary"> {
  /** The file's stamp when its text was last found to have `contentHash`; absent when it was too recent to trust. */
  stamp?: FileStamp;
  summaryAt?: [offset: number, length: number];
}

interface CachedSetup {
  /** Hash of the config file's path and text it was resolved from (see `configKeyOf`). */
  configKey: string;
  setup: Omit<ProjectSetup, "config"> & { config: Omit<ResolvedConfig, "rules"> & { rules: [string, RuleSetting][] } };
}

/** A file's import scan (see reachable-files.ts), valid while its stamp is; `cookieNames`: found of the names `of` joins. */
interface ScanEntry {
  stamp: FileStamp;
  scan: FileScan;
  cookieNames?: { of: string; found: string[] };
}

interface CacheFileContents {
  version: string;
  setup?: CachedSetup;
  /** Import scans of the project's files, kept by `harden check` on a package (see `scanOf`). */
  scans?: Record<string, ScanEntry>;
  /** The summaries file beside the index: its name and the SHA-256 of its bytes, which the index's HMAC covers. */
  summaries?: { name: string; digest: string };
  files: Record<string, IndexEntry>;
}

/** Where `--cache` and the language server keep a project's cache, relative to its root. */
export const defaultCacheLocation = "node_modules/.cache/harden";

/** A cache file is this line with the contents' HMAC (hex), a newline, then the contents as JSON. */
const macLinePrefix = "harden-cache-hmac-sha256 ";
/**
 * A stamp is trusted only for a file last modified this long before the run began: a later write within the file
 * system's timestamp granularity (up to 2 s) could otherwise keep the stamp of the text that was hashed.
 */
const racyStampMs = 2_000;

export function hashText(text: string): string {
  return createHash("sha1").update(text).digest("hex");
}

/** The key a resolved config is cached under: its file's path and text (`undefined` path: the defaults). */
export function configKeyOf(configPath: string | undefined, text: string | undefined): string {
  return configPath === undefined ? "(defaults)" : hashText(`${configPath}\0${text}`);
}

function isSameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.every((value, index) => value === b[index]);
}

/** A file's stamp, or undefined when it cannot be stat'ed (the read that follows says why). */
export function stampOf(filePath: string): FileStamp | undefined {
  try {
    const stat = fs.statSync(filePath);
    return [stat.size, stat.mtimeMs, stat.ctimeMs];
  } catch {
    return undefined;
  }
}

/**
 * The cache is two files under its directory: an index (`<root hash>.json`: the setup and, per file, its text's hash
 * and stamp, link fingerprint, parse notices and findings) and the summaries (`<root hash>.summaries-<digest>`: their
 * JSON texts one after another, each found by the byte range its entry holds). A run on unchanged files reads the
 * index alone; a run that analyses reads the summaries file and parses only the summaries it needs.
 */
export class SummaryCache {
  private readonly entries: Map<string, IndexEntry>;
  /** Summaries stored in this run, not yet in a summaries file. */
  private readonly storedSummaries = new Map<string, FileSummary>();
  private readonly seen = new Set<string>();
  private readonly scans: Map<string, ScanEntry>;
  /** Files whose scan was asked for; undefined when no scan ran (a whole-project run keeps the scans as they are). */
  private scansSeen?: Set<string>;
  private changed = false;
  /** The summaries file's bytes once read; null when it is missing or does not match its digest. */
  private summaryBytes: Buffer | null | undefined;
  private readonly openedAt = Date.now();
  /** Why the cache file on disk was ignored, when it was not written by this user's Harden. */
  rejected?: Notice;

  private constructor(
    private readonly cachePath: string,
    private readonly root: string,
    private readonly version: string,
    private readonly key: Buffer,
    private cachedSetup: CachedSetup | undefined,
    entries: Record<string, IndexEntry>,
    private readonly summariesFile: CacheFileContents["summaries"],
    scans: Record<string, ScanEntry> = {},
  ) {
    this.entries = new Map(Object.entries(entries));
    this.scans = new Map(Object.entries(scans));
  }

  /**
   * The cache for one project root under `directory`, authenticated with `key`; a cache written by another engine
   * build, or damaged, is empty, and one whose HMAC fails is empty and `rejected`.
   */
  static open(directory: string, root: string, version: string, key: Buffer): SummaryCache {
    const cachePath = path.join(directory, `${hashText(root).slice(0, 16)}.json`);
    const empty = new SummaryCache(cachePath, root, version, key, undefined, {}, undefined);
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
    return usable ? new SummaryCache(cachePath, root, version, key, contents!.setup, contents!.files, contents!.summaries, contents!.scans) : empty;
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

  /** Whether `filePath`'s stamp says its text is still the one cached, so it need not be read. */
  isCurrent(filePath: string, stamp: FileStamp | undefined): boolean {
    const cached = this.entries.get(filePath)?.stamp;
    const current = stamp !== undefined && cached !== undefined && isSameStamp(cached, stamp);
    if (current) this.seen.add(filePath);
    return current;
  }

  /** The entry, without its summary, for `filePath` if it was cached for exactly this text (or is `isCurrent`). */
  entryOf(filePath: string, contentHash?: string): CachedEntry | undefined {
    this.seen.add(filePath);
    const entry = this.entries.get(filePath);
    if (entry === undefined || (contentHash !== undefined && entry.contentHash !== contentHash)) return undefined;
    const { stamp: _stamp, summaryAt, ...cached } = entry;
    return { ...cached, hasSummary: summaryAt !== undefined || this.storedSummaries.has(filePath) };
  }

  /**
   * The summary of a file `entryOf` found; undefined when the summaries file is missing or damaged (another writer
   * replaced it): the caller then summarises the file again.
   */
  summaryOf(filePath: string): FileSummary | undefined {
    const stored = this.storedSummaries.get(filePath);
    if (stored) return stored;
    const range = this.entries.get(filePath)?.summaryAt;
    const bytes = range && this.readSummaries();
    return bytes ? (JSON.parse(bytes.toString("utf8", range[0], range[0] + range[1])) as FileSummary) : undefined;
  }

  /** The entry for `filePath`, with its summary, if it was cached for exactly this text. */
  lookup(filePath: string, contentHash: string): CachedFile | undefined {
    const entry = this.entryOf(filePath, contentHash);
    if (entry === undefined) return undefined;
    const { hasSummary, ...cached } = entry;
    if (!hasSummary) return cached;
    const summary = this.summaryOf(filePath);
    return summary && { ...cached, summary };
  }

  /**
   * `entry`: with its summary, or as `entryOf` gave it (its summary kept as cached). `stamp`: the file's, taken before
   * its text was read.
   */
  store(filePath: string, entry: CachedFile | CachedEntry, stamp?: FileStamp): void {
    this.seen.add(filePath);
    const previous = this.entries.get(filePath);
    if ("hasSummary" in entry) {
      const { hasSummary, ...indexed } = entry;
      if (!hasSummary) this.storedSummaries.delete(filePath);
      this.entries.set(filePath, { ...indexed, stamp: this.trusted(stamp), summaryAt: hasSummary ? previous?.summaryAt : undefined });
    } else {
      const { summary, ...indexed } = entry;
      if (summary) this.storedSummaries.set(filePath, summary);
      else this.storedSummaries.delete(filePath);
      this.entries.set(filePath, { ...indexed, stamp: this.trusted(stamp) });
    }
    this.changed = true;
  }

  /** Records the stamp of a file whose text was read and found unchanged, so later runs need not read it. */
  restamp(filePath: string, stamp: FileStamp | undefined): void {
    const entry = this.entries.get(filePath);
    const trusted = this.trusted(stamp);
    if (entry === undefined || trusted === undefined || (entry.stamp !== undefined && isSameStamp(entry.stamp, trusted))) return;
    entry.stamp = trusted;
    this.changed = true;
  }

  /** The import scan of the file's text if its stamp says the text is the one scanned. */
  scanOf(filePath: string, stamp: FileStamp | undefined): FileScan | undefined {
    (this.scansSeen ??= new Set()).add(filePath);
    const entry = this.scans.get(filePath);
    return entry && stamp && isSameStamp(entry.stamp, stamp) ? entry.scan : undefined;
  }

  /** `stamp`: taken before the scanned text was read. */
  storeScan(filePath: string, stamp: FileStamp | undefined, scan: FileScan): void {
    (this.scansSeen ??= new Set()).add(filePath);
    const trusted = this.trusted(stamp);
    if (trusted === undefined) this.scans.delete(filePath);
    else this.scans.set(filePath, { stamp: trusted, scan });
    this.changed = true;
  }

  /** Which of the cookie names `namesKey` stands for the file's current text holds, if known (see `storeCookieNames`). */
  cookieNamesOf(filePath: string, stamp: FileStamp | undefined, namesKey: string): string[] | undefined {
    const entry = this.scans.get(filePath);
    return entry && stamp && isSameStamp(entry.stamp, stamp) && entry.cookieNames?.of === namesKey ? entry.cookieNames.found : undefined;
  }

  /** Kept with the file's scan, so only for a file whose scan is current. */
  storeCookieNames(filePath: string, stamp: FileStamp | undefined, namesKey: string, found: string[]): void {
    const entry = this.scans.get(filePath);
    if (!entry || !stamp || !isSameStamp(entry.stamp, stamp)) return;
    entry.cookieNames = { of: namesKey, found };
    this.changed = true;
  }

  /** Forgets every file: after a damaged summaries file, so the caller summarises everything again. */
  clear(): void {
    this.entries.clear();
    this.storedSummaries.clear();
    this.changed = true;
  }

  /** Writes the cache when something changed, dropping files not seen in this run; a failed write only loses the cache. */
  save(): void {
    for (const filePath of this.entries.keys()) {
      if (!this.seen.has(filePath)) {
        this.entries.delete(filePath);
        this.storedSummaries.delete(filePath);
        this.changed = true;
      }
    }
    for (const filePath of this.scansSeen ? this.scans.keys() : []) {
      if (!this.scansSeen!.has(filePath)) {
        this.scans.delete(filePath);
        this.changed = true;
      }
    }
    if (!this.changed) return;
    try {
      fs.mkdirSync(path.dirname(this.cachePath), { recursive: true });
      const summaries = this.storedSummaries.size > 0 || !this.summariesFile ? this.writeSummaries() : this.summariesFile;
      const scans = this.scans.size > 0 ? { scans: Object.fromEntries(this.scans) } : {};
      const contents: CacheFileContents = { version: this.version, setup: this.cachedSetup, summaries, ...scans, files: Object.fromEntries(this.entries) };
      const body = JSON.stringify(contents);
      writeReplacing(this.cachePath, `${macLinePrefix}${macOf(body, this.key, this.root).toString("hex")}\n${body}`);
      if (this.summariesFile && this.summariesFile.name !== summaries?.name) fs.rmSync(path.join(path.dirname(this.cachePath), this.summariesFile.name), { force: true });
    } catch {
      // The cache is lost for this run; the next one starts cold.
    }
  }

  private trusted(stamp: FileStamp | undefined): FileStamp | undefined {
    return stamp && stamp[1] < this.openedAt - racyStampMs ? stamp : undefined;
  }

  private readSummaries(): Buffer | null {
    if (this.summaryBytes !== undefined) return this.summaryBytes;
    const file = this.summariesFile;
    const bytes = file && readFileSafely(path.join(path.dirname(this.cachePath), file.name), { privateToUser: false });
    this.summaryBytes = bytes && createHash("sha256").update(bytes).digest("hex") === file.digest ? bytes : null;
    return this.summaryBytes;
  }

  /** Every entry's summary into a new summaries file (unchanged ones copied as bytes), each entry's range updated. */
  private writeSummaries(): CacheFileContents["summaries"] {
    const chunks: Buffer[] = [];
    let offset = 0;
    for (const [filePath, entry] of this.entries) {
      const stored = this.storedSummaries.get(filePath);
      const old = entry.summaryAt && this.readSummaries();
      const chunk = stored ? Buffer.from(JSON.stringify(stored)) : old ? old.subarray(entry.summaryAt![0], entry.summaryAt![0] + entry.summaryAt![1]) : undefined;
      if (chunk === undefined) {
        // A summary that cannot be copied (its file was replaced meanwhile): the entry goes, and the file is summarised next run.
        if (entry.summaryAt) this.entries.delete(filePath);
        continue;
      }
      entry.summaryAt = [offset, chunk.length];
      chunks.push(chunk);
      offset += chunk.length;
    }
    const bytes = Buffer.concat(chunks, offset);
    const digest = createHash("sha256").update(bytes).digest("hex");
    const name = `${path.basename(this.cachePath, ".json")}.summaries-${digest.slice(0, 16)}`;
    writeReplacing(path.join(path.dirname(this.cachePath), name), bytes);
    this.storedSummaries.clear();
    this.summaryBytes = bytes;
    return { name, digest };
  }
}

/** Writes a file in one rename. Exclusive: a link planted under the temporary name is replaced, never written through. */
function writeReplacing(filePath: string, data: string | Buffer): void {
  const temporary = `${filePath}.${process.pid}.tmp`;
  try {
    fs.rmSync(temporary, { force: true });
    fs.writeFileSync(temporary, data, { flag: "wx" });
    fs.renameSync(temporary, filePath);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
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

/** The links as JSON with each span offset, and each bare offset of `bareOffsets`, replaced by its rank among all of them. */
function rankedSpans(links: FileLinks): string {
  // Walked by hand, not through JSON.stringify's replacer, which costs several times the walk: a keystroke fingerprints its file.
  const offsetFieldIn = (parent: object, key: string): string | undefined => (parent === links ? bareOffsets[key as keyof FileLinks] : undefined);
  const rank = new Map(linkOffsets(links).map((offset, index) => [offset, index]));
  const ranked = (value: unknown, offsetField?: string): unknown => {
    if (typeof value !== "object" || value === null) return value;
    if (isLinkSpan(value)) return [rank.get(value.start), rank.get(value.end)];
    if (Array.isArray(value)) return value.map((item) => ranked(item, offsetField));
    const copy: Record<string, unknown> = {};
    for (const key in value) {
      const child = (value as Record<string, unknown>)[key];
      copy[key] = key === offsetField && typeof child === "number" ? rank.get(child) : ranked(child, offsetFieldIn(value, key));
    }
    return copy;
  };
  return JSON.stringify(ranked(links));
}

// Reads source files for the engine, refusing input it cannot usefully analyse (huge, binary, not UTF-8, minified)
// with a one-line reason instead of an exception. Never throws for a file that vanished or is unreadable.
import * as fs from "node:fs";
import type { SourceText } from "../../rules/engine/lint.js";
import type { Notice } from "../../rules/engine/types.js";
import type { LintInput } from "./parallel-lint.js";
import { stampOf, type FileStamp } from "./summary-cache.js";

export const maxSourceBytes = 2 * 1024 * 1024;
/** harden.config.json: a few lines of JSON. */
export const maxConfigBytes = 1024 * 1024;
const minifiedLineLength = 2_000;
const minifiedAverageLineLength = 500;
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export type ReadOutcome = { text: string; hasBom: boolean } | { skipped: string };

export interface LoadedSources {
  /** The files read. */
  sources: SourceText[];
  /** Every file in order, read or, when `isCurrent` vouched for it by its stamp, not: what `lintInParallel` takes. */
  inputs: LintInput[];
  /** Files whose text started with a byte-order mark the engine never saw; writes put it back. */
  filesWithBom: Set<string>;
  notices: Notice[];
}

/**
 * Source files read once by two passes: the import scan reads every file of the project (see reachable-files.ts), then
 * the load reads those it reached. What the scan read is kept, within a budget of text characters, until the load
 * takes it. `withStamps`: each read is stamped first, as the cache wants (a stamp is taken before its text is read).
 */
export class KeptReads {
  private readonly kept = new Map<string, { outcome: ReadOutcome; stamp: FileStamp | undefined }>();
  /** Each file's stamp, taken before its first read. */
  private readonly stamps = new Map<string, FileStamp | undefined>();
  private keptChars = 0;
  /** Reads from the disk (tests count them). */
  readsFromDisk = 0;

  constructor(
    private readonly budgetChars: number,
    private readonly withStamps: boolean,
  ) {}

  /** The file's stamp before `read` reads it (undefined without stamps). */
  stampBeforeRead(filePath: string): FileStamp | undefined {
    if (!this.withStamps) return undefined;
    if (!this.stamps.has(filePath)) this.stamps.set(filePath, stampOf(filePath));
    return this.stamps.get(filePath);
  }

  /** The file read, or as kept: kept for `take` while the budget has room for its text. */
  read(filePath: string): ReadOutcome {
    const kept = this.kept.get(filePath);
    if (kept) return kept.outcome;
    const stamp = this.stampBeforeRead(filePath);
    const outcome = this.readFromDisk(filePath);
    const chars = "text" in outcome ? outcome.text.length : 0;
    if (this.keptChars + chars <= this.budgetChars) {
      this.kept.set(filePath, { outcome, stamp });
      this.keptChars += chars;
    }
    return outcome;
  }

  /** What `read` kept of the file, given up; undefined when it was not kept. */
  take(filePath: string): { outcome: ReadOutcome; stamp: FileStamp | undefined } | undefined {
    const kept = this.kept.get(filePath);
    if (kept === undefined) return undefined;
    this.kept.delete(filePath);
    this.keptChars -= "text" in kept.outcome ? kept.outcome.text.length : 0;
    return kept;
  }

  /** The file read for the load, which `read` did not keep. */
  readUnkept(filePath: string): ReadOutcome {
    return this.readFromDisk(filePath);
  }

  private readFromDisk(filePath: string): ReadOutcome {
    this.readsFromDisk++;
    return readSourceFile(filePath);
  }
}

/**
 * `isCurrent`: with a cache, whether a file's stamp says its cached text is current, so it is not read (see
 * summary-cache.ts). `reads`: texts an earlier pass kept (stamped when `isCurrent` is given).
 */
export function loadSources(filePaths: readonly string[], onFileRead?: (done: number, total: number) => void, isCurrent?: (filePath: string, stamp: FileStamp | undefined) => boolean, reads?: KeptReads): LoadedSources {
  const loaded: LoadedSources = { sources: [], inputs: [], filesWithBom: new Set(), notices: [] };
  filePaths.forEach((filePath, index) => {
    const taken = reads?.take(filePath);
    const stamp = taken ? taken.stamp : isCurrent && (reads ? reads.stampBeforeRead(filePath) : stampOf(filePath));
    if (isCurrent?.(filePath, stamp)) {
      loaded.inputs.push({ filePath, stamp });
      return onFileRead?.(index + 1, filePaths.length);
    }
    const outcome = taken ? taken.outcome : reads ? reads.readUnkept(filePath) : readSourceFile(filePath);
    if ("skipped" in outcome) loaded.notices.push({ filePath, message: outcome.skipped });
    else {
      loaded.sources.push({ filePath, text: outcome.text });
      loaded.inputs.push({ filePath, text: outcome.text, stamp });
      if (outcome.hasBom) loaded.filesWithBom.add(filePath);
    }
    onFileRead?.(index + 1, filePaths.length);
  });
  return loaded;
}

export function readSourceFile(filePath: string): ReadOutcome {
  if (isContentHashedOutput(filePath)) return { skipped: "skipped: bundler output (named by a content hash)" };
  const read = readRegularFile(filePath, maxSourceBytes);
  if ("problem" in read) return { skipped: `skipped: ${read.problem}` };
  const { bytes } = read;
  if (bytes.includes(0)) return { skipped: "skipped: binary file" };
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return { skipped: "skipped: not valid UTF-8" };
  }
  const hasBom = text.charCodeAt(0) === 0xfeff;
  if (hasBom) text = text.slice(1);
  if (looksMinified(text)) return { skipped: "skipped: looks minified" };
  return { text, hasBom };
}

/** The same limits for an editor's open document, whose text never came from a file read: why it is not analysed. */
export function documentSkipReason(text: string): string | undefined {
  // A UTF-16 unit is at most 3 UTF-8 bytes: only a text near the limit is measured.
  if (text.length * 3 > maxSourceBytes && Buffer.byteLength(text) > maxSourceBytes) return "skipped: larger than 2 MB";
  if (text.includes("\0")) return "skipped: binary file";
  if (looksMinified(text)) return "skipped: looks minified";
  return undefined;
}

export type RegularFileRead = { bytes: Buffer } | { problem: string };

/**
 * A regular file's bytes, or why not: a device, pipe or folder is refused before a byte is read, and the read stops
 * one chunk past `maxBytes`. The size the system reports is never trusted: /dev/zero and /proc files report 0.
 */
export function readRegularFile(filePath: string, maxBytes: number): RegularFileRead {
  let descriptor: number;
  try {
    // Non-blocking, so opening a pipe with no writer returns at once (and is then refused as not a regular file).
    descriptor = fs.openSync(filePath, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { problem: cannotRead(error) };
  }
  try {
    const stats = fs.fstatSync(descriptor);
    if (!stats.isFile()) return { problem: "not a regular file" };
    // The reported size only sizes the chunks (a small file is read in one); multiples of 8 bytes, as some /proc
    // files refuse reads of other sizes.
    const chunkBytes = Math.min(readChunkBytes, Math.ceil((stats.size + 1) / 4096) * 4096);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(chunkBytes);
      const count = fs.readSync(descriptor, chunk, 0, chunk.length, null);
      if (count === 0) break;
      chunks.push(chunk.subarray(0, count));
      total += count;
      if (total > maxBytes) return { problem: `larger than ${describeBytes(maxBytes)}` };
    }
    return { bytes: Buffer.concat(chunks, total) };
  } catch (error) {
    return { problem: cannotRead(error) };
  } finally {
    fs.closeSync(descriptor);
  }
}

/** `readRegularFile` as UTF-8 text (a malformed byte becomes U+FFFD; the caller's parser reports it). */
export function readRegularText(filePath: string, maxBytes: number): { text: string } | { problem: string } {
  const read = readRegularFile(filePath, maxBytes);
  return "bytes" in read ? { text: read.bytes.toString("utf8") } : read;
}

const readChunkBytes = 64 * 1024;

function cannotRead(error: unknown): string {
  return `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
}

function describeBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}

/**
 * `f120c3f4e008f9abcd3a576bd66dd315.js`, `main.3f2a9c1b7d.js`: a bundler names its output by a hash of the content (so
 * caches can keep it forever); nobody writes source under such a name, and what it holds is built from other files.
 */
export function isContentHashedOutput(filePath: string): boolean {
  const name = filePath.slice(Math.max(filePath.lastIndexOf("/"), filePath.lastIndexOf("\\")) + 1);
  const match = /^(?:(.+)\.)?([0-9a-f]+)\.(?:js|mjs|cjs)$/.exec(name);
  if (!match) return false;
  const [, stem, hash] = match;
  // A hash mixes digits and letters; an all-digit run is a date or a counter (`20190913171451.js`).
  const mixed = /[0-9]/.test(hash!) && /[a-f]/.test(hash!);
  return mixed && (stem === undefined ? hash!.length >= 20 : hash!.length >= 8 && !/^[0-9a-f]+$/.test(stem));
}

function looksMinified(text: string): boolean {
  if (text.length <= minifiedLineLength) return false;
  let lines = 0;
  let longest = 0;
  for (let start = 0; start <= text.length; lines++) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    longest = Math.max(longest, end - start);
    start = end + 1;
  }
  return longest > minifiedLineLength && text.length / lines > minifiedAverageLineLength;
}

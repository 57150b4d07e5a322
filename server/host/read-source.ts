// Reads source files for the engine, refusing input it cannot usefully analyse (huge, binary, not UTF-8, minified)
// with a one-line reason instead of an exception. Never throws for a file that vanished or is unreadable.
import * as fs from "node:fs";
import type { SourceText } from "../../rules/engine/lint.js";
import type { Notice } from "../../rules/engine/types.js";

export const maxSourceBytes = 2 * 1024 * 1024;
const minifiedLineLength = 2_000;
const minifiedAverageLineLength = 500;
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export type ReadOutcome = { text: string; hasBom: boolean } | { skipped: string };

export interface LoadedSources {
  sources: SourceText[];
  /** Files whose text started with a byte-order mark the engine never saw; writes put it back. */
  filesWithBom: Set<string>;
  notices: Notice[];
}

export function loadSources(filePaths: readonly string[], onFileRead?: (done: number, total: number) => void): LoadedSources {
  const loaded: LoadedSources = { sources: [], filesWithBom: new Set(), notices: [] };
  filePaths.forEach((filePath, index) => {
    const outcome = readSourceFile(filePath);
    if ("skipped" in outcome) loaded.notices.push({ filePath, message: outcome.skipped });
    else {
      loaded.sources.push({ filePath, text: outcome.text });
      if (outcome.hasBom) loaded.filesWithBom.add(filePath);
    }
    onFileRead?.(index + 1, filePaths.length);
  });
  return loaded;
}

export function readSourceFile(filePath: string): ReadOutcome {
  let bytes: Buffer | undefined;
  try {
    const descriptor = fs.openSync(filePath, "r");
    try {
      if (fs.fstatSync(descriptor).size <= maxSourceBytes) bytes = fs.readFileSync(descriptor);
    } finally {
      fs.closeSync(descriptor);
    }
  } catch (error) {
    return { skipped: `skipped: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
  if (bytes === undefined || bytes.length > maxSourceBytes) return { skipped: "skipped: larger than 2 MB" };
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

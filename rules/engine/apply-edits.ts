// Applies fixes to a file's text. Each fix is taken whole or not at all: a fix whose edits overlap an
// edit already taken waits for the next round (the CLI repeats until stable). Identical edits are merged,
// so two fixes that add the same import add it once. Inserted lines take the file's own line break (CRLF stays CRLF).
import type { FileWrite, TextEdit } from "./types.js";

function isSameEdit(a: TextEdit, b: TextEdit): boolean {
  return a.start === b.start && a.end === b.end && a.newText === b.newText;
}

function conflicts(a: TextEdit, b: TextEdit): boolean {
  if (isSameEdit(a, b)) return false;
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

export function applyFixEdits(text: string, fixes: ReadonlyArray<readonly TextEdit[]>): { text: string; appliedFixes: number; takenFixes: number[] } {
  const { taken, appliedFixes, takenFixes } = selectCompatibleEdits(fixes);
  const newline = lineBreakOf(text);
  let result = text;
  for (const edit of taken.sort((a, b) => b.start - a.start || b.end - a.end)) {
    result = result.slice(0, edit.start) + withLineBreaks(edit.newText, newline) + result.slice(edit.end);
  }
  return { text: result, appliedFixes, takenFixes };
}

/**
 * The edits of every fix that fits beside the fixes taken before it (whole fixes only), identical edits merged;
 * `takenFixes` holds the indices of the fixes taken.
 */
export function selectCompatibleEdits(fixes: ReadonlyArray<readonly TextEdit[]>): { taken: TextEdit[]; appliedFixes: number; takenFixes: number[] } {
  const taken: TextEdit[] = [];
  const takenFixes: number[] = [];
  fixes.forEach((edits, index) => {
    if (edits.some((edit) => taken.some((other) => other.filePath === edit.filePath && conflicts(edit, other)))) return;
    for (const edit of edits) if (!taken.some((other) => other.filePath === edit.filePath && isSameEdit(edit, other))) taken.push(edit);
    takenFixes.push(index);
  });
  return { taken, appliedFixes: takenFixes.length, takenFixes };
}

/** The text a file write leaves: `existing` is the file's text, undefined when it is missing. */
export function applyFileWrite(existing: string | undefined, write: FileWrite): string {
  return write.mode === "create" ? existing ?? write.text : appendMissingLines(existing ?? "", write.text);
}

/** Lines of `addition` that `existing` lacks, appended after it (for `.env.example` and similar), in its line breaks. */
export function appendMissingLines(existing: string, addition: string): string {
  const present = new Set(existing.split(/\r?\n/));
  const missing = addition.split(/\r?\n/).filter((line) => line !== "" && !present.has(line));
  if (missing.length === 0) return existing;
  const newline = lineBreakOf(existing);
  const separator = existing === "" || existing.endsWith("\n") ? "" : newline;
  return existing + separator + withLineBreaks(missing.join("\n") + "\n", newline);
}

/** The line break a text uses: its first one ("\n" when it has none). */
export function lineBreakOf(text: string): string {
  const newline = text.indexOf("\n");
  return newline > 0 && text[newline - 1] === "\r" ? "\r\n" : "\n";
}

/** `text` with each line break written as `newline`. */
export function withLineBreaks(text: string, newline: string): string {
  return newline === "\n" ? text : text.replace(/\r?\n/g, newline);
}

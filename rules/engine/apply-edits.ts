// Applies fixes to a file's text. Each fix is taken whole or not at all: a fix whose edits overlap an
// edit already taken waits for the next round (the CLI repeats until stable). Identical edits are merged,
// so two fixes that add the same import add it once. Inserted lines take the file's own line break (CRLF stays CRLF).
import { ts } from "ts-morph";
import { lineIndentation } from "./code-style.js";
import type { FileWrite, JsonEntry, TextEdit } from "./types.js";

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
  if (write.mode === "addJsonEntry") return withJsonEntry(existing ?? "{}\n", write.entry);
  return write.mode === "create" ? existing ?? write.text : appendMissingLines(existing ?? "", write.text);
}

/**
 * `existing` (a JSON object's text) with `entry` added unless its key is there, laid out as the file is: the object's
 * indentation, a sorted object kept sorted (else the entry goes last), the file's line breaks and final newline.
 * A text that is not a JSON object is left as it is.
 */
export function withJsonEntry(existing: string, entry: JsonEntry): string {
  if (!isJson(existing)) return existing;
  const root = ts.parseJsonText("file.json", existing);
  const top = root.statements[0]?.expression;
  if (!top || !ts.isObjectLiteralExpression(top)) return existing;
  const newline = lineBreakOf(existing);
  const unit = indentationUnitOf(existing, top, root);
  const holder = top.properties.find((property) => jsonKeyOf(property) === entry.object);
  if (holder === undefined) {
    const value = isOnOneLine(existing, top, root) ? `{ ${member(entry.key, entry.value)} }` : `{${newline}${unit.repeat(2)}${member(entry.key, entry.value)}${newline}${unit}}`;
    // A root's keys follow a convention (name, version, scripts...), not the alphabet: the new object goes last.
    return withMember(existing, root, top, entry.object, value, unit, newline, false);
  }
  const object = ts.isPropertyAssignment(holder) ? holder.initializer : undefined;
  if (!object || !ts.isObjectLiteralExpression(object) || object.properties.some((property) => jsonKeyOf(property) === entry.key)) return existing;
  return withMember(existing, root, object, entry.key, entry.value, lineIndentation(existing, holder.getStart(root)) + unit, newline, true);
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function member(key: string, value: string): string {
  return `${JSON.stringify(key)}: ${value}`;
}

/** `object` with the member `key: value`, before the first key that sorts after it when `keepSorted` and the keys are sorted, else last. */
function withMember(existing: string, root: ts.JsonSourceFile, object: ts.ObjectLiteralExpression, key: string, value: string, indent: string, newline: string, keepSorted: boolean): string {
  const text = member(key, value);
  const properties = object.properties;
  if (properties.length === 0) {
    const closing = lineIndentation(existing, object.getStart(root));
    return splice(existing, object.getStart(root), object.getEnd(), `{${newline}${indent}${text}${newline}${closing}}`);
  }
  const keys = properties.map((property) => jsonKeyOf(property) ?? "");
  const sorted = keepSorted && keys.every((other, index) => index === 0 || keys[index - 1]!.localeCompare(other, "en") <= 0);
  const next = sorted ? properties.find((_, index) => keys[index]!.localeCompare(key, "en") > 0) : undefined;
  // Members on one line (`{ "a": 1 }`) get the new one on that line too.
  const separator = isOnOneLine(existing, object, root) ? " " : `${newline}${indent}`;
  if (next) return splice(existing, next.getStart(root), next.getStart(root), `${text},${separator}`);
  const last = properties[properties.length - 1]!;
  return splice(existing, last.getEnd(), last.getEnd(), `,${separator}${text}`);
}

function isOnOneLine(text: string, object: ts.ObjectLiteralExpression, root: ts.JsonSourceFile): boolean {
  const first = object.properties[0];
  return !!first && !text.slice(object.getStart(root), first.getStart(root)).includes("\n");
}

function jsonKeyOf(property: ts.ObjectLiteralElementLike): string | undefined {
  return property.name && (ts.isStringLiteral(property.name) || ts.isIdentifier(property.name)) ? property.name.text : undefined;
}

/** The indentation of the root object's first member line (two spaces for a file on one line). */
function indentationUnitOf(text: string, top: ts.ObjectLiteralExpression, root: ts.JsonSourceFile): string {
  const first = top.properties[0];
  const indent = first ? lineIndentation(text, first.getStart(root)) : "";
  return indent === "" ? "  " : indent;
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

/** Lines of `addition` that `existing` lacks, appended after it (for `.env.example` and similar), in its line breaks. */
export function appendMissingLines(existing: string, addition: string): string {
  const lines = existing.split(/\r?\n/);
  const present = new Set(lines);
  // An env file's `NAME=` is there when the file already sets NAME: a second, empty line would override its value.
  const assigned = new Set(lines.map((line) => /^\s*(?:export\s+)?([A-Za-z_]\w*)\s*=/.exec(line)?.[1]).filter((name) => name !== undefined));
  const missing = addition.split(/\r?\n/).filter((line) => line !== "" && !present.has(line) && !assigned.has(/^([A-Za-z_]\w*)=$/.exec(line)?.[1] ?? ""));
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

// The only form in which a credential may appear in any output: its redacted preview. Imports nothing, so a host can
// show text with previews (a dry-run diff) without loading the engine.

/** A range of a text that holds a credential, and what to show instead of it. */
export interface SecretRange {
  start: number;
  end: number;
  preview: string;
}

/** "sk_l…[redacted, 32 chars]": at most the first 4 characters and the length; short values show fewer characters. */
export function redact(value: string): string {
  const shown = Math.min(4, Math.floor(value.length / 3));
  return `${value.slice(0, shown)}…[redacted, ${value.length} chars]`;
}

/**
 * `text` (which starts at offset `base` of its file) with each range of `ranges` that reaches into it shown as its
 * preview, also when the text holds only part of it. Of overlapping ranges the one starting first (then the longer)
 * wins, so a literal is never shown in part.
 */
export function withPreviews(text: string, ranges: readonly SecretRange[], base = 0): string {
  const end = base + text.length;
  const inside = ranges
    .filter((range) => range.start < end && range.end > base && range.end > range.start)
    .map((range) => ({ start: Math.max(range.start, base), end: Math.min(range.end, end), preview: range.preview }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let shown = "";
  let position = base;
  for (const range of inside) {
    if (range.start < position) continue;
    shown += text.slice(position - base, range.start - base) + range.preview;
    position = range.end;
  }
  return shown + text.slice(position - base);
}

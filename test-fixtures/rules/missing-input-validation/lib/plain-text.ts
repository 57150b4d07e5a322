// Text helpers the profile routes share: one that checks what it is handed, one that takes it on trust.
import sanitizeHtml from "sanitize-html";

/** The readable text of `input`, tags stripped; throws when it is too long or nothing readable is left. */
export function readableText(input: string, limit = 280): string {
  if (input.length > limit) throw new Error(`at most ${limit} characters`);
  const text = withoutMarkup(input);
  if (text === "") throw new Error("nothing readable");
  return text;
}

// sanitize-html answers a string whatever it gets: an array or object comes out as its text form or empty.
function withoutMarkup(input: string): string {
  return sanitizeHtml(input, { allowedTags: [], allowedAttributes: {} }).trim();
}

/** Runs of blanks made one space; the value is assumed to be text already. */
export function squeezeBlanks(input: string): string {
  return input.replace(/\s+/g, " ");
}

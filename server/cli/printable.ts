// Text from the project (file names, quoted source) as it may reach a terminal: control characters and the
// bidirectional overrides that reorder what a reader sees are shown as escapes, never sent as they are.

const unprintable = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function escapeUnprintable(text: string): string {
  return text.replace(unprintable, (char) => {
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

// The one place where LSP URIs and OS file paths meet: `uri` is always an LSP URI, `filePath` an OS path.
import * as fs from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The real path of a `file:` URI (the host keys files by real path); undefined for other schemes. */
export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  const filePath = fileURLToPath(uri);
  try {
    return fs.realpathSync(filePath);
  } catch {
    return filePath; // an unsaved file, or one deleted since
  }
}

export function uriOf(filePath: string): string {
  return pathToFileURL(filePath).href;
}

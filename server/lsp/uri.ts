// The one place where LSP URIs and OS file paths meet: `uri` is always an LSP URI, `filePath` an OS path.
import * as fs from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

/**
 * The real path of a `file:` URI (the host keys files by real path). Undefined for a URI no local path names: another
 * scheme, a remote host (`file://server/...`), an encoded `/` in a name, or a malformed URI. Never throws.
 */
export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  let filePath: string;
  try {
    filePath = fileURLToPath(uri);
  } catch {
    return undefined;
  }
  try {
    return fs.realpathSync(filePath);
  } catch {
    return filePath; // an unsaved file, or one deleted since
  }
}

export function uriOf(filePath: string): string {
  return pathToFileURL(filePath).href;
}

// The `<script>` blocks of a project's Vue and Svelte single-file components: browser code that the TypeScript program
// never loads (the lint path reads only source extensions, see source-files.ts), read here for the one fact the model
// needs from them: the cookies they read from the browser's cookie jar (ProjectSettings.componentCookieReads).
import * as path from "node:path";
import { cookiesReadByComponentScript } from "../../rules/model/browser-cookie-reads.js";
import { readRegularText } from "./read-source.js";
import { isComponentFileName, isWithin } from "./source-files.js";

const maxComponentBytes = 1024 * 1024;
const scriptBlock = /<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi;

/** Cookie names read by the components among `projectFiles` (the listing of module-alias-files.ts), sorted. */
export function discoverComponentCookieReads(root: string, projectFiles: readonly string[]): string[] {
  const names = new Set<string>();
  for (const filePath of projectFiles) {
    if (!isComponentFileName(path.basename(filePath)) || !isWithin(filePath, root)) continue;
    const read = readRegularText(filePath, maxComponentBytes);
    if (!("text" in read)) continue;
    for (const [, script] of read.text.matchAll(scriptBlock)) for (const name of cookiesReadByComponentScript(filePath, script!)) names.add(name);
  }
  return [...names].sort();
}

// `--fix-dry-run`: the changes the fix loop would make, as one unified diff with paths relative to the working directory.
// Credentials show as previews, from the ranges the engine found them at, never by searching the rendered diff.
import { createTwoFilesPatch, formatPatch } from "diff";
import * as path from "node:path";
import { withPreviews, type SecretRange } from "../../rules/model/previews.js";
import { toPortablePath } from "./reporters/json.js";

export interface FileChange {
  filePath: string;
  /** undefined when the fix creates the file. */
  before: string | undefined;
  after: string;
  /** The file on disk starts with a byte-order mark the engine never saw; a write puts it back. */
  hasBom?: boolean;
  /** Ranges of `before` and `after` that hold credentials: the diff shows their previews, on every line they span. */
  secretsBefore?: readonly SecretRange[];
  secretsAfter?: readonly SecretRange[];
}

export function formatFixDiff(changes: readonly FileChange[], cwd: string): string {
  return [...changes]
    .sort((a, b) => a.filePath.localeCompare(b.filePath))
    .map(({ filePath, before, after, secretsBefore = [], secretsAfter = [] }) => {
      const relative = toPortablePath(path.relative(cwd, filePath));
      const shownBefore = withPreviews(before ?? "", secretsBefore);
      const shownAfter = withPreviews(after, secretsAfter);
      const patch = createTwoFilesPatch(before === undefined ? "/dev/null" : `a/${relative}`, `b/${relative}`, shownBefore, shownAfter, "", "", { context: 3 });
      // createTwoFilesPatch opens with a "====" banner; a git-style header is what reviewers and `git apply` expect,
      // its names C-quoted as git and the `---` lines quote them, so a control character in a name reaches no terminal.
      const header = formatPatch({ isGit: true, oldFileName: `a/${relative}`, newFileName: `b/${relative}`, oldHeader: "", newHeader: "", hunks: [] });
      return header + patch.slice(patch.indexOf("--- "));
    })
    .join("");
}

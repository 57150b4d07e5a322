// The fuzzing corpus: every source file under test-fixtures/ (snapshots included) that the CLI would read, each
// with the files beside it (linted with it as one project, so cross-file facts are in play) and its folder's config.
import * as fs from "node:fs";
import * as path from "node:path";
import type { ResolvedConfig } from "../../rules/engine/config.js";
import type { SourceText } from "../../rules/engine/lint.js";
import { registry } from "../../rules/index.js";
import { readSourceFile } from "../../server/host/read-source.js";
import { loadFixtureConfig, sourceFilePattern } from "../fixture-harness.js";

export const fixturesRoot = path.resolve(__dirname, "../../test-fixtures");

export interface FixtureFile {
  filePath: string;
  text: string;
  /** The other readable source files in the same directory. */
  siblings: SourceText[];
  config: ResolvedConfig;
  /** Path relative to test-fixtures/, for messages. */
  label: string;
}

export function loadCorpus(): FixtureFile[] {
  const corpus: FixtureFile[] = [];
  for (const group of ["rules", "workspaces"]) {
    for (const name of fs.readdirSync(path.join(fixturesRoot, group)).sort()) {
      const projectRoot = path.join(fixturesRoot, group, name);
      const config = loadFixtureConfig(projectRoot, registry);
      for (const [, sources] of readSourcesByDirectory(projectRoot)) {
        for (const source of sources) {
          corpus.push({ ...source, siblings: sources.filter((other) => other !== source), config, label: path.relative(fixturesRoot, source.filePath) });
        }
      }
    }
  }
  return corpus;
}

function readSourcesByDirectory(root: string): Map<string, SourceText[]> {
  const byDirectory = new Map<string, SourceText[]>();
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !sourceFilePattern.test(entry.name)) continue;
    const filePath = path.join(entry.parentPath, entry.name);
    const outcome = readSourceFile(filePath);
    if ("skipped" in outcome) continue; // the CLI never hands these to the engine; test/adversarial.test.ts covers them
    byDirectory.set(entry.parentPath, [...(byDirectory.get(entry.parentPath) ?? []), { filePath, text: outcome.text }]);
  }
  for (const sources of byDirectory.values()) sources.sort((a, b) => a.filePath.localeCompare(b.filePath));
  return new Map([...byDirectory].sort(([a], [b]) => a.localeCompare(b)));
}

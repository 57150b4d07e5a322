// Shared by the language-server host tests: a host's findings as comparable text, loading a whole project, and the
// property that an open document edited keystroke by keystroke analyses as a fresh host given the same text does.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import { registry } from "../rules/index.js";
import { ProjectHost, type HostAnalysis } from "../server/host/project-host.js";
import { fixedSeed } from "./fuzz/properties.js";

/** A temporary copy of the fixture workspace `fixture`, made a project root (a `.git` folder) as a user's checkout is. */
export function copyFixtureWorkspace(fixture: string, prefix: string): string {
  const workspace = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  fs.cpSync(fixture, workspace, { recursive: true });
  fs.mkdirSync(path.join(workspace, ".git"));
  return workspace;
}

export function findingsOf(analysis: HostAnalysis | undefined): string[] {
  return (analysis?.findings ?? []).map((finding) => `${finding.span.start}-${finding.span.end} ${finding.ruleId} ${finding.message}`).sort();
}

export function loadAll(host: ProjectHost): void {
  while (!host.load(50));
}

/** Random series of edits (fixed seed), each of `snippets` inserted over up to `maxDeleted` characters: incremental = fresh after each. */
export function assertEditsMatchFreshAnalysis(filePath: string, original: string, snippets: readonly string[], { maxDeleted, maxEdits, numRuns }: { maxDeleted: number; maxEdits: number; numRuns: number }): void {
  const incremental = new ProjectHost(registry);
  const fresh = new ProjectHost(registry);
  for (const host of [incremental, fresh]) {
    host.setOverlay(filePath, original);
    loadAll(host);
  }
  const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), deleted: fc.integer({ min: 0, max: maxDeleted }), inserted: fc.constantFrom(...snippets) });
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: maxEdits }), (edits) => {
      let text = original;
      incremental.setOverlay(filePath, text);
      for (const { at, deleted, inserted } of edits) {
        const start = Math.floor(at * (text.length + 1));
        text = text.slice(0, start) + inserted + text.slice(Math.min(text.length, start + deleted));
        incremental.setOverlay(filePath, text);
        fresh.removeOverlay(filePath);
        fresh.setOverlay(filePath, text);
        assert.deepEqual(findingsOf(incremental.analyze(filePath)), findingsOf(fresh.analyze(filePath)));
      }
    }),
    { seed: fixedSeed, numRuns },
  );
}

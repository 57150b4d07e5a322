// An edit that only moves code (the same cross-file facts) lets the language server carry a project model's
// whole-project answers over (`withMovedSpans`); every file's findings must equal those from a freshly linked model.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { analyzeFile, parseSource } from "../rules/engine/analyze.js";
import { resolveConfig } from "../rules/engine/config.js";
import { registry } from "../rules/index.js";
import { ProjectModel } from "../rules/model/project-model.js";
import { summarizeFile } from "../rules/model/summarize.js";
import { linkFingerprintOf } from "../server/host/summary-cache.js";

const workspaces = path.resolve(__dirname, "../test-fixtures/workspaces");

/** A route guarded by the project's guard beside one that is not: the fix copies the guard as written in this file. */
const sameFileGuard: Record<string, string> = {
  "src/auth.ts": `export function requireAuth(req, res, next) {
  if (!req.headers.authorization) return res.status(401).json({ error: "unauthorized" });
  next();
}`,
  "src/routes.ts": `import { Router } from "express";
import { requireAuth } from "./auth";
export const router = Router();
router.post("/notes", requireAuth, (req, res) => res.json({}));
router.delete("/notes/:id", (req, res) => res.json({}));`,
};

function readWorkspace(root: string): Record<string, string> {
  const entries = fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name));
  return Object.fromEntries(entries.map((entry) => path.join(entry.parentPath, entry.name)).map((filePath) => [path.relative(root, filePath), fs.readFileSync(filePath, "utf8")]));
}

describe("project model after an edit that moves spans", () => {
  const projects: Array<[string, string, Record<string, string>]> = [
    ["demo", path.join(workspaces, "demo"), readWorkspace(path.join(workspaces, "demo"))],
    ["express-pack", path.join(workspaces, "express-pack"), readWorkspace(path.join(workspaces, "express-pack"))],
    ["a guard reused from the same file", "/virtual/project", sameFileGuard],
  ];
  for (const [label, root, texts] of projects) {
    it(`${label}: a model carried over gives the findings of a fresh one, for every edited file`, () => {
      const config = resolveConfig({}, registry, root, "(defaults)");
      const files = Object.keys(texts)
        .sort()
        .map((relativePath) => {
          const filePath = path.join(root, relativePath);
          const sourceFile = parseSource(filePath, texts[relativePath]!);
          return { filePath, sourceFile, summary: summarizeFile(filePath, sourceFile) };
        });
      const findingsAgainst = (project: ProjectModel, edited: typeof files): unknown[] =>
        edited.map((file) => analyzeFile(file.sourceFile, file.summary, { registry, config, project }).findings);
      let compared = 0;
      for (const target of files) {
        const original = new ProjectModel(files.map((file) => file.summary), config.settings);
        // Warm the whole-project answers the carried model may keep.
        findingsAgainst(original, files);
        // Lines added above the file, and below its first line (which keeps the first offset where it was).
        const { text } = target.sourceFile;
        const firstLineEnd = text.indexOf("\n") + 1;
        for (const editedText of [`// moved down by an edit\n\n${text}`, `${text.slice(0, firstLineEnd)}\n// moved down by an edit\n${text.slice(firstLineEnd)}`]) {
          const sourceFile = parseSource(target.filePath, editedText);
          const moved = { filePath: target.filePath, sourceFile, summary: summarizeFile(target.filePath, sourceFile) };
          // Summaries holding offsets outside spans (an insertion point) fingerprint differently: the host relinks those.
          if (linkFingerprintOf(moved.summary) !== linkFingerprintOf(target.summary)) continue;
          const edited = files.map((file) => (file === target ? moved : file));
          const fresh = new ProjectModel(edited.map((file) => file.summary), config.settings);
          const carried = original.withMovedSpans(moved.summary);
          assert.deepEqual(findingsAgainst(carried, edited), findingsAgainst(fresh, edited), target.filePath);
          // The routes that held the edited file's spans are moved, not linked again: the same as a fresh link's.
          for (const file of edited) assert.deepEqual(carried.routesIn(file.filePath), fresh.routesIn(file.filePath), `${target.filePath}: routes of ${file.filePath}`);
          compared++;
        }
      }
      assert.ok(compared >= 4);
    });
  }

  it("keeps the whole-project lists the edited file adds nothing to, and gathers again those it does", () => {
    const root = "/virtual/lists";
    const texts: Record<string, string> = {
      "src/config.ts": `export const port = Number(process.env.PORT);\nexport const secret = process.env.SESSION_SECRET!;`,
      "src/routes.ts": `import { Router } from "express";\nexport const router = Router();\nrouter.get("/notes", (req, res) => res.json({}));`,
    };
    const config = resolveConfig({}, registry, root, "(defaults)");
    const summaryOf = (relativePath: string, text: string) => {
      const filePath = path.join(root, relativePath);
      return summarizeFile(filePath, parseSource(filePath, text));
    };
    const summaries = Object.entries(texts).map(([relativePath, text]) => summaryOf(relativePath, text));
    const original = new ProjectModel(summaries, config.settings);
    const envReads = original.envReads();
    const globalGuards = original.globalGuards();
    assert.equal(envReads.length, 2);

    const routes = summaryOf("src/routes.ts", `\n\n${texts["src/routes.ts"]}`);
    const afterRoutesEdit = original.withMovedSpans(routes);
    assert.equal(afterRoutesEdit.envReads(), envReads, "an edit of a file without env reads keeps the project's list");
    assert.equal(afterRoutesEdit.globalGuards(), globalGuards);

    const configFile = summaryOf("src/config.ts", `\n\n${texts["src/config.ts"]}`);
    const afterConfigEdit = original.withMovedSpans(configFile);
    assert.notEqual(afterConfigEdit.envReads(), envReads, "the env reads of the edited file moved");
    assert.deepEqual(afterConfigEdit.envReads(), new ProjectModel([configFile, summaries[1]!], config.settings).envReads());
  });
});

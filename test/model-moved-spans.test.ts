// An edit that only moves code (the same cross-file facts) lets the language server carry a project model's
// whole-project answers over (`withMovedSpans`); one that changes facts shares what rests on paths, and code roles
// while the file's role evidence holds (`withEditedFacts`). Either way every file's findings and role must equal those
// from a freshly linked model.
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

type ParsedFile = { filePath: string; sourceFile: ReturnType<typeof parseSource>; summary: ReturnType<typeof summarizeFile> };

function parsedFiles(root: string, texts: Record<string, string>): ParsedFile[] {
  return Object.keys(texts)
    .sort()
    .map((relativePath) => parsedFile(path.join(root, relativePath), texts[relativePath]!));
}

function parsedFile(filePath: string, text: string): ParsedFile {
  const sourceFile = parseSource(filePath, text);
  return { filePath, sourceFile, summary: summarizeFile(filePath, sourceFile) };
}

const projects: Array<[string, string, Record<string, string>]> = [
  ["demo", path.join(workspaces, "demo"), readWorkspace(path.join(workspaces, "demo"))],
  ["express-pack", path.join(workspaces, "express-pack"), readWorkspace(path.join(workspaces, "express-pack"))],
  ["a guard reused from the same file", "/virtual/project", sameFileGuard],
];

describe("project model after an edit that moves spans", () => {
  for (const [label, root, texts] of projects) {
    it(`${label}: a model carried over gives the findings of a fresh one, for every edited file`, () => {
      const config = resolveConfig({}, registry, root, "(defaults)");
      const files = parsedFiles(root, texts);
      const findingsAgainst = (project: ProjectModel, edited: ParsedFile[]): unknown[] =>
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
          const moved = parsedFile(target.filePath, editedText);
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

describe("project model after an edit that changes a file's facts", () => {
  // A statement typed into a handler (it reads the request now, exports one more name) changes the file's links but
  // not what its role rests on; a client directive changes its role.
  const edits: Array<[string, (text: string) => string, boolean]> = [
    ["a statement that reads the request", (text) => `${text}\nexport const editedNote = (req: any) => String(req.params.id).length;\n`, true],
    ["a client directive", (text) => `"use client";\n${text}`, false],
  ];
  for (const [label, root, texts] of projects) {
    it(`${label}: the model after each edit gives the findings and roles of a fresh one`, () => {
      const config = resolveConfig({}, registry, root, "(defaults)");
      const files = parsedFiles(root, texts);
      const outcomeAgainst = (project: ProjectModel, edited: ParsedFile[]): unknown[] =>
        edited.map((file) => [project.codeRoleOf(file.summary), analyzeFile(file.sourceFile, file.summary, { registry, config, project }).findings]);
      const kept = { roles: 0, relinked: 0 };
      for (const target of files) {
        for (const [editLabel, edit, rolesHold] of edits) {
          const original = new ProjectModel(files.map((file) => file.summary), config.settings);
          // Warm the roles and path answers the next model may share.
          outcomeAgainst(original, files);
          const changed = parsedFile(target.filePath, edit(target.sourceFile.text));
          assert.notEqual(linkFingerprintOf(changed.summary), linkFingerprintOf(target.summary), `${target.filePath}: ${editLabel} changes the file's facts`);
          const edited = files.map((file) => (file === target ? changed : file));
          const next = original.withEditedFacts(changed.summary);
          assert.deepEqual(outcomeAgainst(next, edited), outcomeAgainst(new ProjectModel(edited.map((file) => file.summary), config.settings), edited), `${target.filePath}: ${editLabel}`);
          if (rolesHold) kept.roles++;
          else kept.relinked++;
        }
      }
      assert.ok(kept.roles >= 2 && kept.relinked >= 2);
    });
  }

  it("shares code roles only while the edited file's role evidence holds", () => {
    const root = "/virtual/roles";
    const config = resolveConfig({}, registry, root, "(defaults)");
    const files = parsedFiles(root, sameFileGuard);
    const routes = files.find((file) => file.filePath.endsWith("routes.ts"))!;
    const original = new ProjectModel(files.map((file) => file.summary), config.settings);
    assert.equal(original.codeRoleOf(routes.summary), "server");
    const reading = parsedFile(routes.filePath, `${routes.sourceFile.text}\nexport const count = (req: any) => req.query.n;\n`);
    const client = parsedFile(routes.filePath, `"use client";\n${routes.sourceFile.text}`);
    assert.equal(original.withEditedFacts(reading.summary).codeRoleOf(reading.summary), "server");
    assert.equal(original.withEditedFacts(client.summary).codeRoleOf(client.summary), new ProjectModel([client.summary, files[0]!.summary], config.settings).codeRoleOf(client.summary));
  });
});

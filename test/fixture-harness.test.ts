// The fixture harness itself: annotations that pin a column and a message id, and findings snapshots that pin each
// fix's output (so a suggestion turned against its purpose fails the suite) without ever holding a credential.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { resolveConfig } from "../rules/engine/config.js";
import { lintSources } from "../rules/lint-project.js";
import type { AnyRule } from "../rules/engine/types.js";
import { registry } from "../rules/index.js";
import { assertSnapshot, findingsSnapshot, readExpectations, secretPiecesOf, type FixtureProject } from "./fixture-harness.js";

const root = path.resolve("/project");

function projectOf(files: Record<string, string>, rules: readonly AnyRule[] = registry): FixtureProject {
  const sources = Object.entries(files).map(([name, text]) => ({ filePath: path.join(root, name), text }));
  const config = resolveConfig({}, rules, root, "harden.config.json");
  return { directory: root, sources, config, registry: rules, result: lintSources(sources, config, rules) };
}

/** The rule with every suggestion's inserted text negated: the mutation a findings snapshot must catch. */
function withNegatedSuggestions(rule: AnyRule): AnyRule {
  return {
    ...rule,
    check: (context) =>
      rule.check({
        ...context,
        report: (descriptor) =>
          context.report({
            ...descriptor,
            suggestions: descriptor.suggestions?.map((suggestion) => ({
              ...suggestion,
              apply: (edit) => {
                suggestion.apply(edit);
                for (const change of edit.edits) change.newText = `!${change.newText}`;
              },
            })),
          }),
      }),
  };
}

const upload = `import express from "express";
import multer from "multer";

const app = express();
app.post("/reports", multer().single("report"), (req, res) => {
  if (!req.file?.mimetype.includes("pdf")) return res.status(415).end();
  res.status(202).end();
});
`;

describe("fixture harness", () => {
  it("reads annotations that pin a column and a message id, and plain ones", () => {
    const text = "// expect: loose-mime-check@7 loose, missing-auth\nif (!type.includes('pdf')) {}\n// todo-expect: path-traversal\nread(name);\n";
    assert.deepEqual(readExpectations("/x.ts", text), [
      { filePath: "/x.ts", line: 2, column: 7, messageId: "loose", ruleId: "loose-mime-check", kind: "expect" },
      { filePath: "/x.ts", line: 2, ruleId: "missing-auth", kind: "expect" },
      { filePath: "/x.ts", line: 4, ruleId: "path-traversal", kind: "todo-expect" },
    ]);
  });

  it("pins a suggestion's output, so negating it fails the snapshot with a readable diff", () => {
    const snapshot = findingsSnapshot("loose-mime-check", projectOf({ "app.ts": upload }));
    assert.match(snapshot, /^app\.ts:6:8-6:42 loose$/m);
    assert.match(snapshot, /^ {4}\+ {2}if \(!\["application\/pdf"\]\.includes\(\(req\.file\?\.mimetype \?\? ""\)/m);

    const looseMimeCheck = registry.find((rule) => rule.id === "loose-mime-check")!;
    const mutated = findingsSnapshot("loose-mime-check", projectOf({ "app.ts": upload }, registry.map((rule) => (rule === looseMimeCheck ? withNegatedSuggestions(rule) : rule))));
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), "harden-snapshot-"));
    try {
      const snapshotPath = path.join(directory, "findings.snap");
      fs.writeFileSync(snapshotPath, snapshot);
      assert.doesNotThrow(() => assertSnapshot(snapshotPath, snapshot));
      assert.throws(() => assertSnapshot(snapshotPath, mutated), (error: Error) => {
        assert.match(error.message, /findings\.snap differs from what the engine gives now/);
        assert.match(error.message, /^\+ {4}\+ {2}if \(!!\["application\/pdf"\]/m);
        return true;
      });
    } finally {
      fs.rmSync(directory, { recursive: true, force: true });
    }
  });

  it("shows a credential a fix moves, and one left beside it, only as its preview", () => {
    const stripeKey = "sk_live_Q7vR2mXw9KpL4tZc8NbH3yDf";
    const sessionSecret = "q8Zr2LmW0pXv7TyK";
    const project = projectOf({
      "config.ts": `export const stripe = { apiKey: "${stripeKey}" };\nexport const session = { secret: "${sessionSecret}" };\n`,
    });
    const snapshot = findingsSnapshot("hardcoded-secret", project);
    assert.match(snapshot, /^ {4}-export const stripe = \{ apiKey: "sk_l…\[redacted, 32 chars\]" \};$/m, "the removed line shows the preview");
    assert.match(snapshot, /^ {5}export const session = \{ secret: "q8Zr…\[redacted, 16 chars\]" \};$/m, "the flagged random key left beside the moved one shows its preview");
    const pieces = secretPiecesOf(project);
    assert.ok(pieces.length > 0, "the leak check knows the credentials");
    for (const secret of [stripeKey, sessionSecret]) {
      for (let start = 0; start + 8 <= secret.length; start++) assert.ok(!snapshot.includes(secret.slice(start, start + 8)), `part of ${secret.slice(0, 4)}… shown`);
    }
  });
});

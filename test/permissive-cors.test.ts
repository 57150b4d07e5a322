// permissive-cors severity depends on what the whole project serves, which one fixture folder cannot show both ways:
// an open CORS policy is an error on an API with writes or guarded routes, and info on one serving only public reads.
import * as assert from "node:assert/strict";
import { resolveConfig } from "../rules/engine/config.js";
import { lintSources } from "../rules/engine/lint.js";
import { registry } from "../rules/index.js";

const root = "/project";

function corsSeverities(routes: string): string[] {
  const text = `import express from "express";\nimport cors from "cors";\nconst app = express();\napp.use(cors());\n${routes}\napp.listen(3000);\n`;
  const result = lintSources([{ filePath: `${root}/server.ts`, text }], resolveConfig({}, registry, root, "harden.config.json"), registry);
  return result.files.flatMap((file) => file.findings).filter((finding) => finding.ruleId === "permissive-cors").map((finding) => finding.severity);
}

describe("permissive-cors severity", () => {
  it("is info when every route is a public read", () => {
    assert.deepEqual(corsSeverities(`app.get("/prices", (_req, res) => res.json([]));\napp.get("/prices/:id", (req, res) => res.json({ id: req.params.id }));`), ["info"]);
  });

  it("is an error once the server accepts writes", () => {
    assert.deepEqual(corsSeverities(`app.get("/prices", (_req, res) => res.json([]));\napp.post("/orders", (_req, res) => res.status(201).end());`), ["error"]);
  });

  it("is an error when the server's routes are unknown", () => {
    assert.deepEqual(corsSeverities(""), ["error"]);
  });
});

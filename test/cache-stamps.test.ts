// The cache vouches for a file by its stamp (size and times) without reading it; when such a file must be analysed
// again, its text is read then, and a text written since the stamp was taken (its summary is of the old one) is
// skipped with a notice rather than analysed against the wrong summary.
import * as assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { resolveConfig } from "../rules/engine/config.js";
import { registry } from "../rules/index.js";
import { lintInParallel } from "../server/host/parallel-lint.js";
import { SummaryCache, stampOf } from "../server/host/summary-cache.js";

describe("cache stamps", function () {
  this.timeout(120_000);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "harden-stamps-"));
  const cacheDirectory = path.join(root, "cache");
  const idsPath = path.join(root, "ids.ts");
  const idsText = "export const sessionToken = Date.now().toString();\n";
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it("skips, with a notice, a file vouched for by its stamp whose text changed before it was read again", async () => {
    fs.writeFileSync(idsPath, idsText);
    const anHourAgo = new Date(Date.now() - 3_600_000);
    fs.utimesSync(idsPath, anHourAgo, anHourAgo);
    const stamp = stampOf(idsPath)!;
    const key = randomBytes(32);
    const defaults = resolveConfig({}, registry, root, "(defaults)");
    const first = SummaryCache.open(cacheDirectory, root, "test", key);
    const cold = await lintInParallel([{ filePath: idsPath, text: idsText, stamp }], defaults, { cache: first, concurrency: 1 });
    assert.deepEqual(cold.files.flatMap((file) => file.findings.map((finding) => finding.ruleId)), ["timestamp-id"]);

    // The stamp taken at the start of a run still matches; the text is rewritten before the file is read again.
    const cache = SummaryCache.open(cacheDirectory, root, "test", key);
    assert.ok(cache.isCurrent(idsPath, stamp));
    fs.writeFileSync(idsPath, "export const sessionToken = crypto.randomUUID();\n");
    // Another config: every cached finding is stale, so the file must be analysed again.
    const otherConfig = resolveConfig({ rules: { "missing-timeout": "off" } }, registry, root, "(test)");
    const result = await lintInParallel([{ filePath: idsPath, stamp }], otherConfig, { cache, concurrency: 1 });
    assert.deepEqual(result.files, []);
    assert.deepEqual(result.notices, [{ filePath: idsPath, message: "skipped: changed while being checked; check again" }]);
  });
});

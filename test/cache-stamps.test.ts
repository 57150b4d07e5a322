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
import { scanText } from "../server/host/reachable-files.js";
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

  it("keeps each file's import scan by its stamp, and a whole-project run, which scans nothing, keeps the scans", () => {
    const routesPath = path.join(root, "routes.ts");
    fs.writeFileSync(routesPath, `import { sessionToken } from "./ids";\nexport const routes = [sessionToken];\n`);
    const anHourAgo = new Date(Date.now() - 3_600_000);
    fs.utimesSync(routesPath, anHourAgo, anHourAgo);
    const stamp = stampOf(routesPath)!;
    const key = randomBytes(32);
    const scan = scanText(routesPath, fs.readFileSync(routesPath, "utf8"));
    assert.deepEqual(scan, { specifiers: ["./ids"] });
    const first = SummaryCache.open(cacheDirectory, root, "scans", key);
    assert.equal(first.scanOf(routesPath, stamp), undefined);
    first.storeScan(routesPath, stamp, scan);
    first.storeCookieNames(routesPath, stamp, "jwt", []);
    first.save();

    // A run that scans nothing (the whole project was asked for) leaves the scans as they are.
    SummaryCache.open(cacheDirectory, root, "scans", key).save();
    const second = SummaryCache.open(cacheDirectory, root, "scans", key);
    assert.deepEqual(second.scanOf(routesPath, stamp), scan);
    assert.deepEqual(second.cookieNamesOf(routesPath, stamp, "jwt"), []);
    // Other cookie names, or another stamp (the file was written since): the text must be read again.
    assert.equal(second.cookieNamesOf(routesPath, stamp, "jwt\0sid"), undefined);
    assert.equal(second.scanOf(routesPath, [stamp[0] + 1, stamp[1], stamp[2]]), undefined);
    second.save();

    // A run that scans drops the scans of files it no longer lists.
    const third = SummaryCache.open(cacheDirectory, root, "scans", key);
    third.scanOf(idsPath, stampOf(idsPath));
    third.save();
    assert.equal(SummaryCache.open(cacheDirectory, root, "scans", key).scanOf(routesPath, stamp), undefined);
  });
});

// textMatches (rules/model/syntax.ts) answers most nodes from where its pattern matches in the whole file, without
// testing the node's own text: it must answer exactly as that test would, on every node.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { ts } from "ts-morph";
import { parseSource } from "../rules/engine/analyze.js";
import { textMatches } from "../rules/model/syntax.js";
import { listSourceFiles, nodesUnder } from "./fixture-harness.js";

const fixtureRoot = path.join(__dirname, "..", "test-fixtures", "rules");
/** Shaped like the hints the model passes: alternations, case-insensitive, word boundaries at either end, a lazy span. */
const patterns = [
  /forwarded|real-ip|remoteAddress|\.ips?\b/i,
  /401|unauthori[sz]ed|forbidden/i,
  /\b(parse|safeParse|validate|compile)\b/,
  /\breturn\s*(\/\*[\s\S]*?\*\/\s*)*(true|false)\b/,
  /env/,
  /\b409\b/,
];
/** A match that starts inside another: listing only non-overlapping matches would miss the second. */
const overlapping = /\/ b|b/;



describe("model: textMatches", function () {
  this.timeout(120_000);

  it("answers every node of the rule fixtures as a test of the node's text does", function () {
    // Every third fixture: a few hundred files of every rule's shapes.
    const files = listSourceFiles(fixtureRoot).filter((_file, index) => index % 3 === 0);
    assert.ok(files.length > 100);
    let positives = 0;
    for (const file of files) {
      const sourceFile = parseSource(file, fs.readFileSync(file, "utf8"));
      for (const node of nodesUnder(sourceFile)) {
        for (const pattern of patterns) {
          const expected = pattern.test(sourceFile.text.slice(node.pos, node.end));
          assert.equal(textMatches(node, pattern), expected, `${path.relative(fixtureRoot, file)} @${node.pos}-${node.end} ${ts.SyntaxKind[node.kind]} ${pattern}`);
          if (expected) positives++;
        }
      }
    }
    assert.ok(positives > 1000, `only ${positives} nodes matched: the patterns no longer exercise the matching path`);
  });

  it("finds a match that starts inside an earlier one", function () {
    const sourceFile = parseSource("/p/ratio.ts", "const ratio = a/ b;\n");
    const divisor = nodesUnder(sourceFile).find((node) => ts.isIdentifier(node) && node.text === "b")!;
    assert.equal(sourceFile.text.slice(divisor.pos, divisor.end), " b");
    assert.equal(textMatches(divisor, overlapping), true);
    assert.equal(textMatches(sourceFile, overlapping), true);
  });
});

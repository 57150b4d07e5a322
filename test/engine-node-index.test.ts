// The node index (rules/engine/node-index.ts) answers what a walk of a node would find, from one walk of its file: it
// must find exactly the nodes a walk finds, in the walk's order, under every node, including at the edges of a span
// (an ancestor with the same span, an empty node just after it).
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { ts } from "ts-morph";
import { parseSource } from "../rules/engine/analyze.js";
import { descendantsOfKind, identifiersNamed, someDescendantOfKinds } from "../rules/engine/node-index.js";
import { listSourceFiles, nodesUnder } from "./fixture-harness.js";

const fixtureRoot = path.join(__dirname, "..", "test-fixtures", "rules");
const kinds = [ts.SyntaxKind.CallExpression, ts.SyntaxKind.Identifier, ts.SyntaxKind.VariableDeclaration, ts.SyntaxKind.ArrowFunction, ts.SyntaxKind.StringLiteral, ts.SyntaxKind.ReturnStatement];



function check(sourceFile: ts.SourceFile, label: string): number {
  let compared = 0;
  for (const root of nodesUnder(sourceFile)) {
    const inside = nodesUnder(root);
    for (const kind of kinds) {
      const expected = inside.filter((node) => node.kind === kind);
      assert.deepEqual(descendantsOfKind(root, kind), expected, `${label} @${root.pos}-${root.end} ${ts.SyntaxKind[root.kind]} ${ts.SyntaxKind[kind]}`);
      compared += expected.length;
    }
    const names = new Set(inside.filter(ts.isIdentifier).map((identifier) => identifier.text));
    for (const name of names) {
      assert.deepEqual(identifiersNamed(root, name), inside.filter((node) => ts.isIdentifier(node) && node.text === name), `${label} @${root.pos} ${name}`);
    }
    assert.equal(someDescendantOfKinds(root, [ts.SyntaxKind.AwaitExpression], () => true), inside.some(ts.isAwaitExpression));
  }
  return compared;
}

describe("engine: node index", function () {
  this.timeout(120_000);

  it("finds under every node of the rule fixtures what a walk of that node finds, in the same order", function () {
    // Every seventh fixture: still a few hundred files of every rule's shapes.
    const files = listSourceFiles(fixtureRoot).filter((_file, index) => index % 7 === 0);
    assert.ok(files.length > 50);
    let compared = 0;
    for (const file of files) compared += check(parseSource(file, fs.readFileSync(file, "utf8")), path.relative(fixtureRoot, file));
    assert.ok(compared > 10_000, `only ${compared} nodes compared`);
  });

  it("tells a node from an ancestor sharing its span and from empty nodes at its edges", function () {
    // `f()` without a semicolon has its statement's span; the missing pieces of broken code are empty nodes.
    const sourceFile = parseSource("edges.ts", "f()\nconst a = g(\nfunction h( { return\n");
    check(sourceFile, "edges.ts");
    const call = nodesUnder(sourceFile).find(ts.isCallExpression)!;
    assert.deepEqual(descendantsOfKind(call, ts.SyntaxKind.ExpressionStatement), []);
    assert.equal(descendantsOfKind(call.parent, ts.SyntaxKind.CallExpression)[0], call);
  });
});

// compileGlobs: picomatch's answers, in time linear in the path for globs with many `**` segments.
import * as assert from "node:assert/strict";
import picomatch from "picomatch";
import { compileGlobs } from "../rules/engine/glob-match.js";
import { defaultTestGlobs } from "../rules/engine/config.js";

describe("glob matching", () => {
  it("agrees with picomatch on 3,000 random globs of up to six segments, 30 paths each", () => {
    const pieces = ["**", "*", "a", "b*", "*.ts", "{a,b}", "x?", ".hidden", "[ab]", "@(a|bb)"];
    const names = ["a", "b", "bb", "x.ts", "xy", ".hidden", "c"];
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const disagreements: string[] = [];
    for (let g = 0; g < 3000; g++) {
      const glob = (random(6) === 0 ? "!" : "") + Array.from({ length: 2 + random(5) }, () => pieces[random(pieces.length)]!).join("/");
      const expected = picomatch(glob, { dot: true });
      const actual = compileGlobs([glob], { dot: true });
      for (let p = 0; p < 30; p++) {
        const filePath = Array.from({ length: 1 + random(6) }, () => names[random(names.length)]!).join("/");
        if (expected(filePath) !== actual(filePath)) disagreements.push(`${glob} on ${filePath}: ${expected(filePath)}`);
      }
    }
    assert.deepEqual(disagreements.slice(0, 5), []);
  });

  it("agrees with picomatch on folder globs (`**/test/**`, `**/a/*.ts/**`), which take a shortcut", () => {
    const globs = ["**/test/**", "**/a/b/**", "**/.*/**", "**/*.ts/**", "**/{a,b}/x?/**", "!**/a/**", "**/**"];
    const paths = ["test", "test/x.ts", "src/test/x.ts", "src/tests/x.ts", "a/b", "x/a/b/c.ts", "a/c/b", ".git/x", "x/.cache/y", "a/x.ts/y", "b/xy/z", "b/xyz/z", "a", "c/d.ts"];
    const disagreements = globs.flatMap((glob) => {
      const expected = picomatch(glob, { dot: true });
      const actual = compileGlobs([glob], { dot: true });
      return paths.filter((filePath) => expected(filePath) !== actual(filePath)).map((filePath) => `${glob} on ${filePath}: ${expected(filePath)}`);
    });
    assert.deepEqual(disagreements, []);
  });

  it("matches twelve `**/*` segments against paths 40 folders deep (a backtracking matcher takes minutes for one)", () => {
    const isIgnored = compileGlobs([`${Array(12).fill("**/*").join("/")}/x.ts`, "keep/**"], { dot: true });
    const deep = (depth: number, name: string): string => [...Array.from({ length: depth }, (_, i) => `d${i}`), name].join("/");
    for (let depth = 0; depth < 40; depth++) {
      assert.equal(isIgnored(deep(depth, "f.ts")), false, `depth ${depth}`);
      assert.equal(isIgnored(deep(depth, "x.ts")), depth >= 12, `depth ${depth}`);
    }
  });

  it("the default test globs cover test-data folders (`__fixtures__/`, `fixtures/`) and leave route files alone", () => {
    const isTest = compileGlobs(defaultTestGlobs, { dot: true });
    assert.equal(isTest("packages/core/src/http/__fixtures__/routers/orders/route.ts"), true);
    assert.equal(isTest("src/fixtures/users.ts"), true);
    assert.equal(isTest("src/api/orders/route.ts"), false);
  });

  it("the default test globs cover Storybook stories and leave the components they render alone", () => {
    const isTest = compileGlobs(defaultTestGlobs, { dot: true });
    assert.equal(isTest("libs/ui/src/components/key-field/KeyField.stories.tsx"), true);
    assert.equal(isTest("libs/ui/src/components/key-field/KeyField.tsx"), false);
  });
});

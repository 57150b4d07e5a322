// wordMentions (rules/model/imported-calls.ts) counts a name's words without splitting the text: it must count exactly
// what splitting the text with /[A-Za-z_$][\w$]*/g would, up to its limit.
import * as assert from "node:assert/strict";
import { wordMentions } from "../rules/model/imported-calls.js";

function splitCount(text: string, word: string): number {
  let count = 0;
  for (const [found] of text.matchAll(/[A-Za-z_$][\w$]*/g)) if (found === word) count++;
  return count;
}

const texts = [
  'import { parse } from "x";\nconst parsed = parse(a);\n// parse again\n',
  "9abc abc a9abc $abc abc$ _abc abc_ abc9 99abc 9_abc",
  "abcabc abc.abc abc[0] (abc) `${abc}` 'abc'",
  "café caf é",
  "",
  "abc",
  "xabc abcx",
  "$ $$ $a a$ a $",
];
const words = ["abc", "parse", "parsed", "caf", "café", "a", "$", "$a", "a$", "x", "_abc"];

describe("wordMentions", () => {
  it("counts the words a split of the text yields", () => {
    for (const text of texts) {
      for (const word of words) {
        for (const limit of [1, 2, 100]) assert.equal(wordMentions(text, word, limit), Math.min(splitCount(text, word), limit), `${JSON.stringify(word)} in ${JSON.stringify(text)}, limit ${limit}`);
      }
    }
  });
});

// ReplacedMap: the project model's summaries after a keystroke, a view of the project's map with the edited file's
// summary in place, answering as a copy of the map with that value set would.
import * as assert from "node:assert/strict";
import { ReplacedMap } from "../rules/model/replaced-map.js";

describe("ReplacedMap", () => {
  const base = new Map([
    ["a", 1],
    ["b", 2],
    ["c", 3],
  ]);

  it("answers as a copy of the map with the replacements set: values in the base's order, new keys last", () => {
    const view = new ReplacedMap(base, new Map([["b", 20], ["d", 4]]));
    const copy = new Map(base).set("b", 20).set("d", 4);
    assert.deepEqual([...view], [...copy]);
    assert.deepEqual([...view.keys()], [...copy.keys()]);
    assert.deepEqual([...view.values()], [...copy.values()]);
    assert.equal(view.size, copy.size);
    assert.equal(view.get("b"), 20);
    assert.equal(view.get("a"), 1);
    assert.equal(view.get("z"), undefined);
    assert.equal(view.has("d"), true);
    assert.equal(view.has("z"), false);
    const seen: Array<[string, number]> = [];
    view.forEach((value, key) => seen.push([key, value]));
    assert.deepEqual(seen, [...copy]);
    assert.deepEqual([...base], [["a", 1], ["b", 2], ["c", 3]], "the base is not written");
  });

  it("keeps the latest value of each key over a thousand edits, each a view of the last", () => {
    let view: ReadonlyMap<string, number> = base;
    for (let edit = 0; edit < 1000; edit++) view = new ReplacedMap(view, new Map([[edit % 2 ? "a" : "c", edit]]));
    assert.deepEqual([...view], [["a", 999], ["b", 2], ["c", 998]]);
  });
});

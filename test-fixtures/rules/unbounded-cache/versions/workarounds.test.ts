import { inBand } from "./workarounds";

describe("inBand", () => {
  it("accepts a version between the bounds a case writes", () => {
    for (const from of ["1.0", "2.0"]) inBand([2, 1], { from, until: "3.0" });
  });
});

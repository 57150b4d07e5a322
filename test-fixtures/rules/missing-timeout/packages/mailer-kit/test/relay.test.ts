import { describe, expect, it } from "vitest";
import { version } from "mailer-kit";

describe("mailer-kit", () => {
  it("reports its version", () => {
    expect(version()).toBe("0.4.0");
  });
});

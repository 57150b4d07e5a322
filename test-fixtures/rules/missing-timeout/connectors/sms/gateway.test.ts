import { describe, expect, it } from "vitest";
import { deliver } from "./gateway";
import { fakeDelivery } from "./sandbox";

describe("sms gateway", () => {
  it("delivers", async () => {
    expect(await fakeDelivery("+1555")).toBe(200);
    expect(typeof deliver).toBe("function");
  });
});

import { describe, expect, it } from "vitest";
import worker from "./capture.app";
import { seedCaptures } from "./spec-seed";

describe("capture worker", () => {
  it("answers", async () => {
    await seedCaptures();
    expect((await worker.fetch(new Request("https://worker.test/?id=1"))).status).toBe(200);
  });
});

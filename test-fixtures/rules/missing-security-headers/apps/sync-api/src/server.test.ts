import { describe, it } from "mocha";
import request from "supertest";
import { sync } from "./server";

describe("changes", () => {
  it("accepts a batch", async () => {
    const batch = JSON.parse('[{"id":1}]');
    await request(sync).post("/changes").send(batch).expect(201);
  });
});

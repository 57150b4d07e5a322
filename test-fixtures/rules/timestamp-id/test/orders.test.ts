import { expect } from "chai";
import request from "supertest";
import { app } from "../app";

describe("POST /orders", () => {
  it("creates an order", async () => {
    // ok: timestamp-id -- test files build throwaway ids from the clock on purpose
    const email = `buyer-${Date.now()}@example.test`;
    // ok: timestamp-id -- the same, for an id
    const orderId = `test-order-${Date.now()}`;
    const response = await request(app).post("/orders").send({ orderId, email, currency: "EUR", items: [{ sku: "A", quantity: 1 }] });
    expect(response.status).to.equal(201);
  });
});

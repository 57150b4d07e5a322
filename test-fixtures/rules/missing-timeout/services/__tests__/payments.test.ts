import { createCustomer } from "../payments";

describe("createCustomer", () => {
  it("creates a customer against the Stripe mock", async () => {
    // ok: missing-timeout -- test files are out of scope
    await fetch("http://localhost:12111/v1/reset", { method: "POST" });
    expect(await createCustomer("ada@example.com")).toMatch(/^cus_/);
  });
});

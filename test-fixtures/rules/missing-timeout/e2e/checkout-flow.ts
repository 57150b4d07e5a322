// An end-to-end test drives the deployed app from outside: a hung request fails the test run, not production.
import { expect, test } from "@playwright/test";

test("checkout confirms the order", async () => {
  // ok: missing-timeout -- e2e test code is not production
  const response = await fetch("http://localhost:3000/api/orders", { method: "POST", body: "{}" });
  expect(response.status).toBe(201);
});

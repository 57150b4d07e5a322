// A seeding script outside the test folders is test tooling once it imports a test framework's helpers.
import { beforeAll } from "vitest";

let prices: unknown;
beforeAll(async () => {
  // ok: missing-timeout -- imports vitest, so this is test code wherever it lives
  prices = await fetch("https://prices.example.com/latest").then((response) => response.json());
});

export function seededPrices(): unknown {
  return prices;
}

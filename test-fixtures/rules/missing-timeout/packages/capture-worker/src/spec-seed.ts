// Only the spec imports it, and wrangler does not start it: test support.
export async function seedCaptures(): Promise<void> {
  // ok: missing-timeout -- a helper only the spec loads
  await fetch("https://captures.example.com/v1/seed", { method: "POST" });
}

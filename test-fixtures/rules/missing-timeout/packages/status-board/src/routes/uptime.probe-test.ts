// A test the package's vitest config selects by its `.probe-test.ts` suffix; it uses vitest globals and imports nothing.
describe("uptime", () => {
  it("answers", async () => {
    // ok: missing-timeout -- the project's test runner config names this file as a test
    const response = await fetch("http://localhost:4000/uptime");
    expect(response.ok).toBe(true);
  });
});

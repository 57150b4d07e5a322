// Seed data for a developer's database: tooling, never run by the deployed service.
export function demoAccount(index: number) {
  // ok: timestamp-id -- a seed folder holds development data, not production code
  return { email: `demo${index}@example.com`, token: Math.random().toString(36).slice(2) };
}

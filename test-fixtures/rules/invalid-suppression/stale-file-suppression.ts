// expect: invalid-suppression
// harden-ignore-file missing-timeout -- the fetch calls moved to services/http.ts
export function formatAmount(cents: number): string {
  return (cents / 100).toFixed(2);
}

// A UI helper that mentions the user and returns booleans from a callback is not an auth check.
declare const hasWindow: boolean;
declare const storage: { get(key: string): string | null };

export class ChecklistToggle {
  constructor(private readonly userIdentifier: string, private readonly items: { done: boolean; nested: boolean }[]) {}

  visibleCount = 0;

  refresh(): void {
    // ok: fail-open-auth -- skips DOM work outside a browser; the only booleans returned are a callback's
    if (!hasWindow) {
      return;
    }
    const collapsed = storage.get(`checklist-${this.userIdentifier}`) !== null;
    this.visibleCount = this.items.filter((item) => {
      if (item.nested) return false;
      return item.done && !collapsed;
    }).length;
  }
}

// A guard that decides with its own boolean answer, and lets everyone in when its key is unset.
export function isAllowedCaller(headers: Headers): boolean {
  const expected = process.env.SERVICE_KEY;
  // expect: fail-open-auth
  if (!expected) return true;
  return headers.get("authorization") === `Bearer ${expected}`;
}

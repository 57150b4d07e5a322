// A page-view beacon that sites embed; nothing of the server imports it.
export function reportPageView(collector: string): void {
  if (typeof window === "undefined") return;
  // ok: missing-timeout -- the package runs its tests in happy-dom and no server code imports it: a browser beacon
  void fetch(`${collector}/views`, { method: "POST", body: JSON.stringify({ path: window.location.pathname }), keepalive: true });
}

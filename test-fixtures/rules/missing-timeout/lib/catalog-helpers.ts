// Shared by a route handler (countLabel) and by components (the two loaders).
export function countLabel(count: number): string {
  return `${count} items`;
}

// Only a component that calls useEffect takes this one: it runs in the browser.
export async function loadCatalogPage(url: string): Promise<unknown> {
  // ok: missing-timeout -- its only importer calls React's client-only hooks, so it cannot be a server component
  const response = await fetch(url);
  return response.json();
}

// Taken by a server component (no "use client", no hooks): Next renders it on the server.
export async function loadCatalogBanner(url: string): Promise<unknown> {
  // expect: missing-timeout
  const response = await fetch(url);
  return response.json();
}

// Superseded by catalog.ts: nothing imports this module any more, and nothing loads it by convention.
export async function loadLegacyCatalog(): Promise<unknown> {
  // ok: missing-timeout -- a module nothing imports, beside modules that are imported, never runs
  const response = await fetch("https://plans.example.com/v1/catalog");
  return response.json();
}

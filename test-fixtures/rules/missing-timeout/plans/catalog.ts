export async function loadCatalog(): Promise<unknown> {
  // expect: missing-timeout
  const response = await fetch("https://plans.example.com/v2/catalog");
  return response.json();
}

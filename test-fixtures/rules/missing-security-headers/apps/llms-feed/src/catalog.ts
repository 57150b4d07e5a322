export async function describeCatalog(catalog: KVNamespace): Promise<string> {
  const listing = await catalog.list();
  return listing.keys.map((key) => `- ${key.name}`).join("\n");
}

// Creating a search index names a container for documents, not a document: the clock suffix versions the index a
// rebuild fills before an alias moves to it. A document created in that index under a clock id is a record.
declare const search: {
  indices: { create(request: { index: string; mappings: object }): Promise<void> };
  create(request: { index: string; id: string; document: object }): Promise<void>;
};

export async function createVersionedIndex(): Promise<string> {
  // ok: timestamp-id -- the name of a new index handed to indices.create, not a record's id
  const target = `catalog-${Date.now()}`;
  await search.indices.create({ index: target, mappings: {} });
  return target;
}

export async function addItem(item: object): Promise<void> {
  // expect: timestamp-id
  await search.create({ index: "catalog", id: `item-${Date.now()}`, document: item });
}

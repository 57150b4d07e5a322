import express from "express";

// Index columns declared on entity classes. The entity modules apply `Indexed()` to their properties while they load;
// another module still imports `Indexed` without ever writing the name again (a leftover import).
interface IndexedColumn {
  owner: object;
  property: string;
}

// ok: unbounded-cache -- filled by a decorator while the entity classes are defined; the unused import calls nothing
const indexedColumns = new Map<object, IndexedColumn[]>();

export function Indexed() {
  return (owner: object, property: string) => {
    const known = indexedColumns.get(owner);
    if (known) known.push({ owner, property });
    else indexedColumns.set(owner, [{ owner, property }]);
  };
}

// expect: unbounded-cache
const touchedColumns = new Map<object, string>();

/** Called for every row a request writes: one entry per row object. */
export function touchColumn(owner: object, property: string): void {
  touchedColumns.set(owner, property);
}

const app = express();

app.post("/rows", (req, res) => {
  const row: object = { ...req.body };
  touchColumn(row, "name");
  res.sendStatus(201);
});

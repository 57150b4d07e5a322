// A developer script in a hidden folder at the repository root: run by hand or in CI to compare two local databases.
import pg from "pg";

// ok: missing-timeout -- a dot-folder script is tooling that no server code imports
const left = new pg.Pool({ database: "left" });
// ok: missing-timeout -- the same script's second pool
const right = new pg.Pool({ database: "right" });

export async function compareTables(): Promise<boolean> {
  const [a, b] = await Promise.all([left.query("select table_name from information_schema.tables"), right.query("select table_name from information_schema.tables")]);
  return a.rowCount === b.rowCount;
}

compareTables().then((same) => console.log(same ? "same" : "different"));

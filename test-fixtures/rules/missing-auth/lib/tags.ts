import { db } from "./db";

/** Stores a tag row without waiting for the insert. */
export function createTagRecord(label: string) {
  void db.query("insert into tags (label) values ($1)", [label]);
  return { label };
}

import { randomUUID } from "node:crypto";
import { shareLinks } from "./db";

// ok: timestamp-id -- the clock only prefixes a UUID, which is unique and unguessable on its own
export const makeRef = () => `${Date.now().toString(36)}_${randomUUID()}`;

// expect: timestamp-id
export const makeShortRef = () => `${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;

// The short ref becomes the stored key of a share link: four base-36 digits (about 20 bits) next to the clock do
// not keep two links made in the same millisecond apart.
export async function shareDocument(documentId: string) {
  const ref = makeShortRef();
  await shareLinks.insertOne({ ref, documentId });
  return ref;
}

// ok: timestamp-id -- stored, but nine base-36 digits (about 46 bits) next to the clock make a collision negligible
export const makeExportRef = () => `${Date.now()}-${Math.random().toString(36).slice(2, 11)}`;

export async function recordExport(documentId: string) {
  await shareLinks.insertOne({ exportRef: makeExportRef(), documentId });
}

// Release notes for the status page, fetched from the project's release feed and kept for fifteen minutes. The
// socket layer calls `releaseNotes.fetch()` when a signed-in operator opens the changelog.
const notes = { expiresAt: 0, entries: [] as string[] };

async function fetch() {
  if (notes.expiresAt > Date.now()) return notes;
  const response = await globalThis.fetch("https://releases.example.org/feed.json");
  notes.entries = (await response.json()) as string[];
  notes.expiresAt = Date.now() + 15 * 60 * 1000;
  return notes;
}

// ok: missing-auth -- a plain module function that takes no request and returns a data object: no Workers entry
export default { fetch, ttlMinutes: 15 };

// A helper of the desktop app's updater: the server takes only its type, so no server code loads it, and a module others
// take types from is part of a library, not a file something starts on its own.
export interface ReleaseNote {
  version: string;
  text: string;
}

export async function latestReleaseNotes(): Promise<ReleaseNote[]> {
  // ok: missing-timeout -- nothing the server runs loads this module: its one importer takes a type
  const response = await fetch("https://releases.example.com/notes.json");
  return response.json();
}

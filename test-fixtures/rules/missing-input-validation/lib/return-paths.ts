// Where a sign-in may send its user back to: only paths of this app.
const SENTINEL = "https://sentinel.invalid";

/** The path itself when it starts with "/" and resolves to this app's origin; undefined for anything else. */
export function appRelativePath(candidate?: string | null): string | undefined {
  if (!candidate) return undefined;
  const path = candidate.trim();
  if (!path.startsWith("/")) return undefined;
  try {
    if (new URL(path, SENTINEL).origin !== SENTINEL) return undefined;
  } catch {
    return undefined;
  }
  return path;
}

/** Trims the path and nothing else: `//elsewhere.example` goes through. */
export function tidyPath(candidate: string | undefined): string {
  return (candidate ?? "/").trim();
}

// How a module specifier meets the project's module aliases (tsconfig `paths`, workspace packages): pure path logic,
// shared by the link step and by the host, which follows imports before anything is parsed.
import * as path from "node:path";

/**
 * What `pattern`'s `*` stands for in `specifier` ("" for an exact match), as TypeScript matches `paths`; undefined when
 * it does not match.
 */
export function matchModuleAlias(pattern: string, specifier: string): string | undefined {
  const star = pattern.indexOf("*");
  if (star < 0) return pattern === specifier ? "" : undefined;
  const prefix = pattern.slice(0, star);
  const suffix = pattern.slice(star + 1);
  if (specifier.length < prefix.length + suffix.length || !specifier.startsWith(prefix) || !specifier.endsWith(suffix)) return undefined;
  return specifier.slice(prefix.length, specifier.length - suffix.length);
}

export function isInFolder(directory: string, folder: string): boolean {
  return directory === folder || (directory.startsWith(folder) && (folder.endsWith(path.sep) || directory[folder.length] === path.sep));
}

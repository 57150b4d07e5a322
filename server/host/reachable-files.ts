// Which of a project's files can change the findings on the files asked for, worked out from their text before
// anything is parsed: `harden check apps/api` in a monorepo summarises what apps/api reaches, not every package.
// The import graph is read with a scan of module specifiers (a superset of the imports the model links: a specifier in
// a comment only adds a file), resolved like the model resolves them (relative, module aliases, `@/` and `~/`).
import * as fs from "node:fs";
import * as path from "node:path";
import type { ModuleAlias } from "../../rules/engine/types.js";
import { isInFolder, matchModuleAlias } from "../../rules/model/module-alias-match.js";
import { browserCookieReadText, mayHoldProjectWideFact } from "../../rules/model/project-wide-hints.js";
import { sourceExtensions } from "./source-files.js";

/** `from "x"`, `import "x"`, `import("x")`, `require("x")`: every way a file names a module. */
const moduleSpecifier = /(?:\bfrom|\bimport|\brequire)\s*\(?\s*["'`]([^"'`\n]+)["'`]/g;

/** A cookie name as browser code reads it: `Cookies.get("jwt")`, or `"jwt="` beside `document.cookie`. */
const cookieNameRead = /\.get\(\s*["'`]([\w.-]+)["'`]|["'`]([\w.-]+)=["'`]/g;
/** A string literal that could name a cookie the targets set. */
const nameLiteral = /["'`]([\w.-]+)["'`]/g;
/** A project import the model cannot resolve still names a file (see CodeRoles.isImported): `./x`, `@/x`, `~/x`, `#/x`. */
const projectSpecifier = /^(\.|[@~#]\/)/;

export interface ReachOptions {
  /** The project root: its `@/` and `~/` fallbacks, and where the walk up from a target stops. */
  root: string;
  moduleAliases: readonly ModuleAlias[];
  /** A file's scan (`scanText` of its text), undefined when it cannot be read (it then imports nothing). */
  scanOf: (filePath: string) => FileScan | undefined;
  /** Which of `names` (cookies browser code reads) a requested file's text holds as string literals (see `cookieNamesIn`). */
  cookieNamesIn: (filePath: string, names: ReadonlySet<string>) => string[];
}

/** What the scan takes from a file's text: all it needs, so a cache can keep it by the file's stamp instead of the text. */
export interface FileScan {
  /** Every module the text names, each once, in order. */
  specifiers: string[];
  /** `mayHoldProjectWideFact`; absent when false. */
  projectWide?: true;
  /** The cookie names it reads, when it reads the browser's cookie jar. */
  cookieNamesRead?: string[];
}

export function scanText(filePath: string, text: string): FileScan {
  const scan: FileScan = { specifiers: [...new Set(Array.from(text.matchAll(moduleSpecifier), (match) => match[1]!))] };
  if (mayHoldProjectWideFact(filePath, text)) scan.projectWide = true;
  if (browserCookieReadText.test(text)) scan.cookieNamesRead = [...text.matchAll(cookieNameRead)].map((match) => (match[1] ?? match[2])!);
  return scan;
}

/** Which of `names` the text holds as string literals: a requested file naming a cookie browser code reads. */
export function cookieNamesIn(text: string, names: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(nameLiteral)) if (names.has(match[1]!)) found.add(match[1]!);
  return [...found];
}

/**
 * The files of `projectFiles` whose summaries the findings on `requested` can rest on, sorted: the requested files'
 * packages (the closest package.json above each), the files in the folders above them (env modules), files the model
 * reads by name or for a project-wide fact, the package of browser code reading a cookie the targets may name, the
 * files that import any of these transitively (the app that mounts a router or never mounts it), everything all of
 * these import, and the files whose unresolved imports name one of those.
 */
export function filesReachableFrom(requested: readonly string[], projectFiles: readonly string[], options: ReachOptions): string[] {
  const known = new Set(projectFiles);
  const imports = new Map<string, string[]>();
  /** Each file's imports of project files, by the specifier that names them. */
  const importSpecifiers = new Map<string, Array<{ specifier: string; target: string }>>();
  const importers = new Map<string, string[]>();
  /** Files naming another by an import the resolver cannot follow, by what they name (see `namesOf`). */
  const unresolvedNamers = new Map<string, string[]>();
  const seedFolders = new Set(requested.map((filePath) => packageFolderOf(filePath, options.root)));
  const seeds = new Set(requested);
  const cookieReaders: Array<{ filePath: string; names: string[] }> = [];
  const resolver = moduleResolver(known, options);
  for (const filePath of projectFiles) {
    const scan = options.scanOf(filePath) ?? scanText(filePath, "");
    const directory = path.dirname(filePath);
    if (scan.projectWide) seeds.add(filePath);
    if (scan.cookieNamesRead) cookieReaders.push({ filePath, names: scan.cookieNamesRead });
    const targets = new Set<string>();
    const specified: Array<{ specifier: string; target: string }> = [];
    for (const specifier of scan.specifiers) {
      const target = resolver.resolve(specifier, directory);
      if (target !== undefined && target !== filePath) {
        targets.add(target);
        specified.push({ specifier, target });
      } else if (target === undefined && (projectSpecifier.test(specifier) || resolver.matchesProjectAlias(specifier))) {
        const named = specifier.startsWith(".") ? withoutExtension(path.resolve(directory, specifier)) : `*/${path.basename(withoutExtension(specifier))}`;
        appendTo(unresolvedNamers, named, filePath);
      }
    }
    imports.set(filePath, [...targets]);
    importSpecifiers.set(filePath, specified);
    for (const target of targets) appendTo(importers, target, filePath);
  }
  const readNames = new Set(cookieReaders.flatMap((reader) => reader.names));
  const namedInTargets = new Set(readNames.size === 0 ? [] : requested.flatMap((filePath) => options.cookieNamesIn(filePath, readNames)));
  for (const reader of cookieReaders) if (reader.names.some((name) => namedInTargets.has(name))) seedFolders.add(packageFolderOf(reader.filePath, options.root));
  const isAboveASeedFolder = (directory: string): boolean => [...seedFolders].some((folder) => isInFolder(folder, directory));
  for (const filePath of projectFiles) {
    if ([...seedFolders].some((folder) => isInFolder(filePath, folder)) || isAboveASeedFolder(path.dirname(filePath))) seeds.add(filePath);
  }
  const reached = closure(closure(seeds, (filePath) => importers.get(filePath) ?? []), (filePath) => imports.get(filePath) ?? []);
  // A file an unresolved import names counts as imported (see CodeRoles.isImported): the files naming reached ones join,
  // with those of their imports the reached files' facts rest on (see `namersImports`).
  // What a namer left out may name a file that joins later: each round weighs every namer's imports again.
  const namers: string[] = [];
  for (;;) {
    const joiningNamers = [...reached].flatMap((filePath) => namesOf(filePath).flatMap((name) => unresolvedNamers.get(name) ?? [])).filter((namer) => !reached.has(namer));
    if (joiningNamers.length === 0) break;
    for (const namer of joiningNamers) reached.add(namer);
    namers.push(...joiningNamers);
    for (const joining of namersImports(namers, reached, { imports, importers, importSpecifiers }, options)) reached.add(joining);
  }
  return [...reached].sort();
}

/**
 * What the namers import (transitively) that must join `reached`, beside them: a namer is often browser code whose
 * imports are a UI library nobody else reads (one page of novu's web app naming `@novu/js/internal` brought 519
 * files). Left out, an import changes nothing the model says about reached files unless server code reaches a reached
 * file through it (CodeRoles: an import on the way from a namer to a reached file joins, and all on that way), or the
 * model, not finding it, would resolve its specifier to another reached file or read it as an unresolved project
 * import naming one.
 */
function namersImports(namers: readonly string[], reached: Set<string>, graph: ImportGraph, options: ReachOptions): Set<string> {
  const beyond = closure(namers, (filePath) => graph.imports.get(filePath) ?? []);
  const joining = new Set<string>();
  for (let changed = true; changed; ) {
    changed = false;
    const isIn = (filePath: string): boolean => reached.has(filePath) || joining.has(filePath);
    // Every unread file of the namers' imports that leads to a reached one.
    const leadsBack = closure([...beyond].filter(isIn), (filePath) => (graph.importers.get(filePath) ?? []).filter((importer) => beyond.has(importer)));
    for (const filePath of leadsBack) {
      if (isIn(filePath)) continue;
      joining.add(filePath);
      changed = true;
    }
    const knownNow = new Set([...reached, ...joining]);
    const resolver = moduleResolver(knownNow, options);
    const names = new Set([...knownNow].flatMap(namesOf));
    for (const importer of knownNow) {
      if (!beyond.has(importer)) continue;
      for (const { specifier, target } of graph.importSpecifiers.get(importer) ?? []) {
        if (knownNow.has(target)) continue;
        const directory = path.dirname(importer);
        const isProjectImport = projectSpecifier.test(specifier) || resolver.matchesProjectAlias(specifier);
        const named = specifier.startsWith(".") ? withoutExtension(path.resolve(directory, specifier)) : `*/${path.basename(withoutExtension(specifier))}`;
        if (resolver.resolve(specifier, directory) !== undefined || (isProjectImport && names.has(named))) {
          joining.add(target);
          changed = true;
        }
      }
    }
  }
  return joining;
}

interface ImportGraph {
  imports: ReadonlyMap<string, string[]>;
  importers: ReadonlyMap<string, string[]>;
  importSpecifiers: ReadonlyMap<string, Array<{ specifier: string; target: string }>>;
}

/** What an unresolved import naming `filePath` looks like: its path without extension (its folder's for an `index`), or that name alone. */
function namesOf(filePath: string): string[] {
  const stripped = withoutExtension(filePath);
  const named = path.basename(stripped) === "index" ? path.dirname(stripped) : stripped;
  return [stripped, named, `*/${path.basename(named)}`];
}

function withoutExtension(name: string): string {
  return name.replace(/\.(d\.)?[mc]?[jt]sx?$/, "");
}

function appendTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function closure(start: Iterable<string>, next: (filePath: string) => readonly string[]): Set<string> {
  const reached = new Set(start);
  const pending = [...reached];
  while (pending.length > 0) {
    for (const neighbour of next(pending.pop()!)) {
      if (reached.has(neighbour)) continue;
      reached.add(neighbour);
      pending.push(neighbour);
    }
  }
  return reached;
}

/** The folder of the closest package.json above `filePath`, up to the root (the root when there is none). */
function packageFolderOf(filePath: string, root: string): string {
  for (let directory = path.dirname(filePath); isInFolder(directory, root) && directory !== root; directory = path.dirname(directory)) {
    if (fs.existsSync(path.join(directory, "package.json"))) return directory;
  }
  return root;
}

/** Resolves a specifier from a folder to a listed file, as `ProjectModel.resolveModule` does over the summarised files. */
function moduleResolver(known: ReadonlySet<string>, options: ReachOptions): { resolve: (specifier: string, directory: string) => string | undefined; matchesProjectAlias: (specifier: string) => boolean } {
  // Each file by its path without extension, the first of `sourceExtensions` winning: one look-up, not one per extension.
  const byStem = new Map<string, string>();
  for (const extension of sourceExtensions) {
    for (const filePath of known) {
      if (!filePath.endsWith(extension)) continue;
      const stem = filePath.slice(0, -extension.length);
      if (!byStem.has(stem)) byStem.set(stem, filePath);
    }
  }
  const findFile = (base: string): string | undefined => {
    if (known.has(base)) return base;
    return byStem.get(base.replace(/\.(m|c)?js$/, "")) ?? byStem.get(path.join(base, "index"));
  };
  // Asked once per specifier (most match no alias) and once per folder and specifier, as the model does.
  const aliasMatches = new Map<string, Array<{ alias: ModuleAlias; star: string }>>();
  const aliasesMatching = (specifier: string): Array<{ alias: ModuleAlias; star: string }> => {
    let matches = aliasMatches.get(specifier);
    if (!matches) {
      matches = options.moduleAliases.flatMap((alias) => {
        const star = matchModuleAlias(alias.pattern, specifier);
        return star === undefined ? [] : [{ alias, star }];
      });
      aliasMatches.set(specifier, matches);
    }
    return matches;
  };
  const resolved = new Map<string, string | undefined>();
  const resolve = (specifier: string, directory: string): string | undefined => {
    if (specifier.startsWith(".")) return findFile(path.resolve(directory, specifier));
    for (const { alias, star } of aliasesMatching(specifier)) {
      if (!isInFolder(directory, alias.scope)) continue;
      for (const target of alias.targets) {
        const found = findFile(path.normalize(target.replace("*", star)));
        if (found) return found;
      }
    }
    if (!(specifier.startsWith("@/") || specifier.startsWith("~/"))) return undefined;
    const rest = specifier.slice(2);
    return findFile(path.join(options.root, "src", rest)) ?? findFile(path.join(options.root, rest));
  };
  return {
    resolve: (specifier, directory) => {
      const key = `${directory}\0${specifier}`;
      if (!resolved.has(key)) resolved.set(key, resolve(specifier, directory));
      return resolved.get(key);
    },
    // A `baseUrl` alias (`*`) matches every bare specifier, packages from node_modules included: it names no file.
    matchesProjectAlias: (specifier) => aliasesMatching(specifier).some(({ alias }) => alias.pattern !== "*"),
  };
}

// Type-checks fixed files under the project's own tsconfig with TypeScript's classic checker, so a fix that would add
// a type error is withheld (see rules/engine/fix-loop.ts). Used only when fixes are built, never on the lint path.
// The files of the same tsconfig that import a fixed file (directly or through a re-export) are checked too: a fix
// that changes an export's type breaks them, not the file it edits.
// Reads are kept inside the project root (tsconfig, sources, node_modules declarations) plus the compiler's own lib
// folder; nothing is executed: tsconfig `plugins` are for editors and createProgram never loads them.
import * as fs from "node:fs";
import { builtinModules } from "node:module";
import * as path from "node:path";
import { ts } from "ts-morph";
import type { AddedTypeError, FixVerifier } from "../../rules/engine/fix-loop.js";
import type { Notice, PackageManifest } from "../../rules/engine/types.js";
import { readRegularText } from "./read-source.js";
import { isWithin } from "./source-files.js";

/** Declarations of big SDKs (generated ORM clients) reach tens of MB. */
const maxDeclarationBytes = 64 * 1024 * 1024;
const maxSourceBytes = 8 * 1024 * 1024;
/**
 * Files importing the fixed files checked per round: each costs a type-check, and a module imported everywhere (a
 * shared types file) has hundreds. Past the limit the closest importers are checked and a notice says so.
 */
export const maxCheckedImporters = 50;

/** The compiler's lib files (lib.es2022.d.ts…), written beside the bundles by esbuild.mjs. */
function libFolder(): string {
  const besideBundle = path.join(__dirname, "typescript-lib");
  const folder = fs.existsSync(besideBundle) ? besideBundle : path.resolve(__dirname, "../../dist/typescript-lib");
  // Without them every fix would look like it adds errors (or hide real ones): never verify against nothing.
  if (!fs.existsSync(path.join(folder, "lib.d.ts"))) throw new Error(`TypeScript's lib files are missing from ${folder}; fixes cannot be type-checked (run npm run build)`);
  return folder;
}

/**
 * @types/node and the undici-types it imports, copied by esbuild.mjs beside the lib files as `node_modules/…`, so its
 * own imports resolve there. A fresh checkout that declares @types/node without installing it would otherwise check
 * with `process` unknown and see no error a fix adds to an env read; its install would see `string | undefined`.
 */
function shippedNodeTypes(lib: string): { folder: string; entry: string } {
  const folder = path.join(path.dirname(lib), "node-types");
  const entry = path.join(folder, "node_modules/@types/node/index.d.ts");
  if (!fs.existsSync(entry)) throw new Error(`@types/node is missing from ${folder}; fixes cannot be type-checked (run npm run build)`);
  return { folder, entry };
}

/**
 * `root`: the project root; `original`: a source file's text before any fix (undefined for one a fix creates);
 * `packages`: what each package.json declares, so an import of a declared but uninstalled package is not the fix's error.
 */
export function createFixVerifier(root: string, original: (filePath: string) => string | undefined, packages: readonly PackageManifest[]): FixVerifier {
  const lib = libFolder();
  const nodeTypes = shippedNodeTypes(lib);
  const readable = (filePath: string): boolean => isWithin(filePath, root) || isWithin(filePath, lib) || isWithin(filePath, nodeTypes.folder);
  const diskFiles = new Map<string, ts.SourceFile | undefined>();
  const configs = new Map<string, ParsedConfig | undefined>();
  const errorsBefore = new Map<string, string[]>();
  /** What each file checked before any fix exports (see exportedApiOf). */
  const exportsBefore = new Map<string, string>();
  const importIndexes = new Map<string, ImportIndex>();
  const limitNotices = new Map<string, Notice>();
  let previous: ts.Program | undefined;

  const readText = (filePath: string): string | undefined => {
    if (!readable(filePath)) return undefined;
    const read = readRegularText(filePath, filePath.endsWith(".d.ts") ? maxDeclarationBytes : maxSourceBytes);
    return "text" in read ? read.text : undefined;
  };
  const parseConfig = (configPath: string): ParsedConfig | undefined => {
    if (!configs.has(configPath)) configs.set(configPath, parseTsconfig(configPath, readable, readText));
    return configs.get(configPath);
  };
  /**
   * Harden's own @types/node for files whose package.json chain declares it when it does not resolve from them (not
   * installed) and their options would load it (`types` unset, `*` or naming node), as their install would.
   */
  const missingNodeTypes = new Map<string, string[]>();
  const nodeTypesStandIn = (filePath: string, options: ts.CompilerOptions): string[] => {
    const directory = path.dirname(filePath);
    let standIn = missingNodeTypes.get(directory);
    if (!standIn) {
      const declared = declaresNodeTypes(filePath, packages);
      const loads = options.types === undefined || options.types.some((name) => name === "*" || nodeTypesPackages.has(`@types/${name}`) || nodeTypesPackages.has(name));
      const resolves = () => ts.resolveTypeReferenceDirective("node", filePath, options, resolutionHost(readable, readText)).resolvedTypeReferenceDirective !== undefined;
      standIn = declared && loads && !resolves() ? [nodeTypes.entry] : [];
      missingNodeTypes.set(directory, standIn);
    }
    return standIn;
  };

  /**
   * Type errors in `filePaths` with `overlay` over the disk, as "TS<code> <message>" keys with their positions; with
   * `exportsOf`, what each of `filePaths` exports, with types, goes into it; `declared`: the dependencies counted as uninstalled.
   */
  const check = (filePaths: readonly string[], overlay: ReadonlyMap<string, string>, exportsOf?: Map<string, string>, declared: readonly PackageManifest[] = packages): Map<string, Located[]> => {
    const byConfig = new Map<string, string[]>();
    for (const filePath of filePaths) {
      const configPath = tsconfigOf(filePath, root, readable) ?? "";
      byConfig.set(configPath, [...(byConfig.get(configPath) ?? []), filePath]);
    }
    const found = new Map<string, Located[]>();
    for (const [configPath, files] of byConfig) {
      const config = configPath ? parseConfig(configPath) : undefined;
      const configured = config?.options ?? defaultOptions;
      // TypeScript 6 changed two defaults the projects' compilers (5.x) check with: every @types package is included,
      // and `strict` is off unless the tsconfig turns it on.
      const options: ts.CompilerOptions = { ...configured, types: configured.types ?? ["*"], strict: configured.strict ?? false, noEmit: true, incremental: false, composite: false, declaration: false };
      const host = compilerHost(lib, readable, readText, overlay, diskFiles);
      const standIns = files.flatMap((filePath) => nodeTypesStandIn(filePath, options));
      const program = ts.createProgram({ rootNames: [...new Set([...files, ...(config?.globalDeclarations ?? []), ...standIns])], options, host, oldProgram: previous });
      previous = program;
      let nodeTypesLoaded: boolean | undefined;
      for (const filePath of files) {
        const sourceFile = program.getSourceFile(filePath);
        if (!sourceFile) continue;
        const diagnostics = [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)];
        exportsOf?.set(filePath, exportedApiOf(program.getTypeChecker(), sourceFile));
        const missing = { unresolvedElsewhere: unresolvedSpecifiers(diagnostics), nodeTypesLoaded: nodeTypesLoaded ??= program.getSourceFiles().some((file) => nodeTypesFile.test(file.fileName)) };
        found.set(
          filePath,
          diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error && !isUninstalledPackage(d, filePath, declared, missing)).map((d) => located(d, sourceFile)),
        );
      }
    }
    return found;
  };

  /** The index of who imports whom among the source files of the tsconfig governing `filePath`. */
  const importIndexOf = (filePath: string): ImportIndex | undefined => {
    const configPath = tsconfigOf(filePath, root, readable);
    const config = configPath ? parseConfig(configPath) : undefined;
    if (!configPath || !config) return undefined;
    let index = importIndexes.get(configPath);
    if (!index) {
      const sources = config.fileNames.filter((fileName) => isCheckable(fileName) && !fileName.endsWith(".d.ts") && readable(fileName));
      importIndexes.set(configPath, (index = new ImportIndex(sources, config.options, (fileName) => original(fileName) ?? readText(fileName), resolutionHost(readable, readText))));
    }
    return index;
  };

  /** The unchanged files importing the changed ones, each with the changed files it reaches; at most the limit. */
  const importersOf = (changed: ReadonlyMap<string, string>, filePaths: readonly string[]): Map<string, string[]> => {
    const importers = new Map<string, string[]>();
    for (const fixed of filePaths) {
      // A file a fix creates has no importers but the files the same fix edits.
      if (original(fixed) === undefined) continue;
      const found = importIndexOf(fixed)?.importersOf(fixed).filter((importer) => !changed.has(importer)) ?? [];
      for (const importer of found.slice(0, maxCheckedImporters)) importers.set(importer, [...(importers.get(importer) ?? []), fixed]);
      if (found.length > maxCheckedImporters) {
        limitNotices.set(fixed, { filePath: fixed, message: `fixes type-checked against ${maxCheckedImporters} of the ${found.length} files importing this file; errors they cause in the others are not looked for` });
      }
    }
    return importers;
  };

  /** The errors `filePaths` have with `changed` over the files as they were, which they did not have before. */
  const addedIn = (filePaths: readonly string[], changed: ReadonlyMap<string, string>, importers: ReadonlyMap<string, string[]>, exportsAfter?: Map<string, string>): AddedTypeError[] => {
    // What the files export is compared only for the changed files (with `exportsAfter`), never for their importers.
    const recordsExports = exportsAfter !== undefined;
    // "Before" is the text the fixes were built on: the file on disk for the CLI, the editor's buffer for the server.
    const originals = new Map([...filePaths, ...changed.keys()].flatMap((filePath) => {
      const text = original(filePath);
      return text === undefined ? [] : [[filePath, text] as const];
    }));
    const unknown = filePaths.filter((filePath) => originals.has(filePath) && (!errorsBefore.has(filePath) || (recordsExports && !exportsBefore.has(filePath))));
    if (unknown.length > 0) {
      const before = check(unknown, originals, recordsExports ? exportsBefore : undefined);
      for (const filePath of unknown) errorsBefore.set(filePath, (before.get(filePath) ?? []).map((error) => error.key));
    }
    // A dependency a fix adds to a package.json is as uninstalled as any other declared one.
    const after = check(filePaths, new Map([...originals, ...changed]), exportsAfter, withDeclaredBy(changed, packages));
    const added: AddedTypeError[] = [];
    for (const filePath of filePaths) {
      const remaining = [...(errorsBefore.get(filePath) ?? [])];
      const importedFixedFiles = importers.get(filePath);
      for (const error of after.get(filePath) ?? []) {
        const index = remaining.indexOf(error.key);
        if (index >= 0) remaining.splice(index, 1);
        else added.push({ filePath, line: error.line, code: error.code, message: error.message, ...(importedFixedFiles ? { importedFixedFiles } : {}) });
      }
    }
    return added;
  };

  return {
    addedErrors(changed: ReadonlyMap<string, string>): AddedTypeError[] {
      const filePaths = [...changed.keys()].filter(isCheckable);
      const exportsAfter = new Map<string, string>();
      const added = addedIn(filePaths, changed, new Map(), exportsAfter);
      // Only a changed export (a type, a signature, a name) can break the files importing it.
      const apiChanged = filePaths.filter((filePath) => exportsBefore.has(filePath) && exportsBefore.get(filePath) !== exportsAfter.get(filePath));
      const importers = importersOf(changed, apiChanged);
      return importers.size === 0 ? added : [...added, ...addedIn([...importers.keys()], changed, importers)];
    },
    takeNotices(): Notice[] {
      const notices = [...limitNotices.values()];
      limitNotices.clear();
      return notices;
    },
  };
}

/**
 * Who imports whom among a tsconfig's source files, from each file's import and export specifiers (`ts.preProcessFile`)
 * resolved as the program resolves them. A file is read and resolved only when its text names the imported file.
 */
class ImportIndex {
  private readonly resolved = new Map<string, Array<{ target: string; reexported: boolean }>>();
  private readonly cache: ts.ModuleResolutionCache;

  constructor(
    private readonly sources: readonly string[],
    private readonly options: ts.CompilerOptions,
    private readonly textOf: (filePath: string) => string | undefined,
    private readonly host: ts.ModuleResolutionHost,
  ) {
    this.cache = ts.createModuleResolutionCache("/", (fileName) => fileName, options);
  }

  /** The files importing `target`, direct importers first, then those importing a file that re-exports it. */
  importersOf(target: string): string[] {
    const found: string[] = [];
    const seen = new Set([target]);
    for (let queue = [target]; queue.length > 0; ) {
      const imported = queue.shift()!;
      // `./orders`, `./orders.js`, `@/orders` name the file; an index file may be named by its folder alone (`.`, `../lib`).
      const stem = path.basename(imported).replace(/\.(d\.)?[cm]?[jt]sx?$/, "");
      const mayImport = (text: string | undefined): boolean => text !== undefined && (stem === "index" || text.includes(stem));
      for (const source of this.sources) {
        if (seen.has(source) || !mayImport(this.textOf(source))) continue;
        const link = this.importsOf(source).find((candidate) => candidate.target === imported);
        if (!link) continue;
        seen.add(source);
        found.push(source);
        if (link.reexported) queue.push(source);
      }
    }
    return found;
  }

  private importsOf(source: string): Array<{ target: string; reexported: boolean }> {
    let imports = this.resolved.get(source);
    if (!imports) {
      const text = this.textOf(source) ?? "";
      imports = ts.preProcessFile(text, true, true).importedFiles.flatMap(({ fileName: specifier }) => {
        const target = ts.resolveModuleName(specifier, source, this.options, this.host, this.cache).resolvedModule?.resolvedFileName;
        return target ? [{ target, reexported: reexports(text, specifier) }] : [];
      });
      this.resolved.set(source, imports);
    }
    return imports;
  }
}

/** `export * from "x"`, `export { a } from "x"`, `export type { T } from "x"`. */
function reexports(text: string, specifier: string): boolean {
  const quoted = specifier.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`\\bexport\\s+(?:type\\s+)?(?:\\*(?:\\s+as\\s+[\\w$]+)?|\\{[^}]*\\})\\s*from\\s*["']${quoted}["']`).test(text);
}

const fullType = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseFullyQualifiedType;

/**
 * What a module exports, as text: each export's name and type, and the members of an exported interface, class or
 * type alias. Equal texts before and after a fix mean the files importing the module see nothing new.
 */
function exportedApiOf(checker: ts.TypeChecker, sourceFile: ts.SourceFile): string {
  const moduleSymbol = checker.getSymbolAtLocation(sourceFile);
  if (!moduleSymbol) return "";
  return checker
    .getExportsOfModule(moduleSymbol)
    .map((exported) => {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const typeOf = (member: ts.Symbol): string => checker.typeToString(checker.getTypeOfSymbolAtLocation(member, sourceFile), undefined, fullType);
      let text = `${exported.name}: ${typeOf(symbol)}`;
      if (symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.Class | ts.SymbolFlags.TypeAlias)) {
        const declared = checker.getDeclaredTypeOfSymbol(symbol);
        text += ` = ${checker.typeToString(declared, undefined, fullType)} { ${checker.getPropertiesOfType(declared).map((member) => `${member.name}: ${typeOf(member)}`).join("; ")} }`;
      }
      return text;
    })
    .sort()
    .join("\n");
}

interface Located {
  key: string;
  code: number;
  message: string;
  line: number;
}

function located(diagnostic: ts.Diagnostic, sourceFile: ts.SourceFile): Located {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, " ");
  const line = diagnostic.start === undefined ? 1 : sourceFile.getLineAndCharacterOfPosition(diagnostic.start).line + 1;
  return { key: `TS${diagnostic.code} ${message}`, code: diagnostic.code, message, line };
}

const checkable = /\.(tsx?|mts|cts|jsx?|mjs|cjs)$/;

function isCheckable(filePath: string): boolean {
  return checkable.test(filePath);
}

/**
 * "Cannot find module 'x'" (or its declarations) for a package the file's package.json chain declares: not installed
 * here. 2354: a helper `importHelpers` takes from 'tslib', which is just as uninstalled.
 */
const missingModuleCodes = new Set([2307, 2354, 2792, 7016]);
/** "Cannot find name 'x'. Do you need to install type definitions for node?" (and for a test runner). */
const missingTypesPackageCodes = new Set([2580, 2582, 2591, 2593]);
/** "Cannot find name 'x'" (2584: "…change your target library?"). */
const cannotFindNameCodes = new Set([2304, 2584]);
/**
 * Globals @types/node declares that TypeScript's own libs hold only with "dom": without the package installed, a fix
 * using one (`crypto.randomUUID()`, `console.error`, `AbortSignal.timeout`, the auth scaffold's `atob`) is "Cannot find name"
 * under a Node tsconfig.
 */
const nodeGlobals = new Set(["console", "crypto", "AbortController", "AbortSignal", "TextEncoder", "TextDecoder", "URL", "URLSearchParams", "atob", "btoa", "setTimeout", "clearTimeout", "setInterval", "clearInterval", "queueMicrotask", "structuredClone", "performance", "fetch", "Headers", "Request", "Response", "FormData", "Blob"]);
const nodeTypesFile = /\/node_modules\/@types\/node\//;
/** Packages whose install brings @types/node: it, and Bun's types, which reference it. */
const nodeTypesPackages = new Set(["@types/node", "@types/bun", "bun-types"]);

/** The file's package.json chain declares a package whose install brings @types/node. */
function declaresNodeTypes(filePath: string, packages: readonly PackageManifest[]): boolean {
  return packages.some((manifest) => isWithin(filePath, manifest.packageRoot) && manifest.dependencies.some((name) => nodeTypesPackages.has(name)));
}

/**
 * `unresolvedElsewhere`: the specifiers of the file that do not resolve (see unresolvedSpecifiers), so a subpath of a
 * package the file already fails to import is not the fix's error; `nodeTypesLoaded`: the program holds @types/node.
 */
function isUninstalledPackage(diagnostic: ts.Diagnostic, filePath: string, packages: readonly PackageManifest[], missing: { unresolvedElsewhere: readonly string[]; nodeTypesLoaded: boolean }): boolean {
  if (missingTypesPackageCodes.has(diagnostic.code)) return true;
  if (cannotFindNameCodes.has(diagnostic.code)) {
    const name = /'([^']+)'/.exec(ts.flattenDiagnosticMessageText(diagnostic.messageText, " "))?.[1];
    return !!name && nodeGlobals.has(name) && declaresNodeTypes(filePath, packages) && !missing.nodeTypesLoaded;
  }
  if (!missingModuleCodes.has(diagnostic.code)) return false;
  const specifier = /'([^']+)'/.exec(ts.flattenDiagnosticMessageText(diagnostic.messageText, " "))?.[1];
  if (!specifier || specifier.startsWith(".") || path.isAbsolute(specifier)) return false;
  // Node's own modules need @types/node, which a build without it lacks for every file alike; Deno resolves `npm:`,
  // `jsr:` and URL specifiers itself, which TypeScript's resolver does not.
  if (/^(node|npm|jsr|https?):/.test(specifier) || builtinModules.includes(specifier)) return true;
  const name = packageNameOf(specifier);
  const bare = name.replace(/^node:/, "");
  // A package the file already imports, and which does not resolve here for that import either, is not installed here
  // (a monorepo package leaning on a dependency its workspace hoists): `hono/secure-headers` beside `hono`.
  if (missing.unresolvedElsewhere.some((other) => other !== specifier && packageNameOf(other) === name)) return true;
  return packages.some((manifest) => isWithin(filePath, manifest.packageRoot) && (manifest.dependencies.includes(name) || manifest.dependencies.includes(`@types/${bare}`)));
}

function packageNameOf(specifier: string): string {
  return specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0]!;
}

/** The module specifiers TypeScript could not resolve, from the file's "Cannot find module" errors. */
function unresolvedSpecifiers(diagnostics: readonly ts.Diagnostic[]): string[] {
  return diagnostics.filter((d) => missingModuleCodes.has(d.code)).flatMap((d) => /'([^']+)'/.exec(ts.flattenDiagnosticMessageText(d.messageText, " "))?.[1] ?? []);
}

/** `packages` with the dependencies the fixed package.json texts in `changed` declare. */
function withDeclaredBy(changed: ReadonlyMap<string, string>, packages: readonly PackageManifest[]): PackageManifest[] {
  return packages.map((manifest) => {
    const text = changed.get(path.join(manifest.packageRoot, "package.json"));
    if (text === undefined) return manifest;
    try {
      const declared = JSON.parse(text) as { dependencies?: Record<string, unknown>; devDependencies?: Record<string, unknown> };
      return { ...manifest, dependencies: [...new Set([...manifest.dependencies, ...Object.keys({ ...declared.dependencies, ...declared.devDependencies })])] };
    } catch {
      return manifest;
    }
  });
}

const defaultOptions: ts.CompilerOptions = { allowJs: true, checkJs: false, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, skipLibCheck: true, esModuleInterop: true };

interface ParsedConfig {
  options: ts.CompilerOptions;
  /**
   * The files the config includes that declare globals: every `.d.ts`, and each module holding `declare global { … }`
   * (an augmented `RequestInit` changes what every `fetch` call in the program may pass).
   */
  globalDeclarations: string[];
  /** Every file the config includes. */
  fileNames: string[];
}

/** The closest tsconfig.json from the file up to the project root. */
function tsconfigOf(filePath: string, root: string, readable: (filePath: string) => boolean): string | undefined {
  for (let directory = path.dirname(filePath); isWithin(directory, root); directory = path.dirname(directory)) {
    const candidate = path.join(directory, "tsconfig.json");
    if (readable(candidate) && fs.existsSync(candidate)) return candidate;
    if (directory === root) break;
  }
  return undefined;
}

function parseTsconfig(configPath: string, readable: (filePath: string) => boolean, readText: (filePath: string) => string | undefined): ParsedConfig | undefined {
  const host: ts.ParseConfigFileHost = {
    useCaseSensitiveFileNames: ts.sys.useCaseSensitiveFileNames,
    getCurrentDirectory: () => path.dirname(configPath),
    fileExists: (filePath) => readable(filePath) && ts.sys.fileExists(filePath),
    readFile: readText,
    readDirectory: (directory, extensions, excludes, includes, depth) => (readable(directory) ? ts.sys.readDirectory(directory, extensions, excludes, includes, depth) : []),
    onUnRecoverableConfigFileDiagnostic: () => undefined,
  };
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, undefined, host);
  if (!parsed) return undefined;
  const declaresGlobals = (fileName: string): boolean => fileName.endsWith(".d.ts") || /\bdeclare\s+global\b/.test(readText(fileName) ?? "");
  return { options: parsed.options, globalDeclarations: parsed.fileNames.filter(declaresGlobals), fileNames: parsed.fileNames };
}

function resolutionHost(readable: (filePath: string) => boolean, readText: (filePath: string) => string | undefined): ts.ModuleResolutionHost {
  return {
    fileExists: (fileName) => readable(fileName) && ts.sys.fileExists(fileName),
    readFile: readText,
    directoryExists: (directory) => readable(directory) && ts.sys.directoryExists(directory),
    getDirectories: (directory) => (readable(directory) ? ts.sys.getDirectories(directory) : []),
    realpath: (fileName) => {
      const real = ts.sys.realpath?.(fileName) ?? fileName;
      return readable(real) ? real : fileName;
    },
  };
}

function compilerHost(
  lib: string,
  readable: (filePath: string) => boolean,
  readText: (filePath: string) => string | undefined,
  overlay: ReadonlyMap<string, string>,
  diskFiles: Map<string, ts.SourceFile | undefined>,
): ts.CompilerHost {
  return {
    // The program passes each file's module format (ESM or CommonJS, from package.json `type`): it decides errors
    // such as an extensionless relative import under NodeNext.
    getSourceFile: (fileName, languageVersionOrOptions) => {
      const format = typeof languageVersionOrOptions === "object" ? languageVersionOrOptions.impliedNodeFormat : undefined;
      const overlaid = overlay.get(fileName);
      if (overlaid !== undefined) return ts.createSourceFile(fileName, overlaid, languageVersionOrOptions, true);
      const key = `${format ?? ""}:${fileName}`;
      if (!diskFiles.has(key)) {
        const text = readText(fileName);
        diskFiles.set(key, text === undefined ? undefined : ts.createSourceFile(fileName, text, languageVersionOrOptions, true));
      }
      return diskFiles.get(key);
    },
    getDefaultLibFileName: (compilerOptions) => path.join(lib, ts.getDefaultLibFileName(compilerOptions)),
    getDefaultLibLocation: () => lib,
    writeFile: () => undefined,
    getCurrentDirectory: () => "/",
    getCanonicalFileName: (fileName) => fileName,
    useCaseSensitiveFileNames: () => ts.sys.useCaseSensitiveFileNames,
    getNewLine: () => "\n",
    fileExists: (fileName) => overlay.has(fileName) || (readable(fileName) && ts.sys.fileExists(fileName)),
    readFile: (fileName) => overlay.get(fileName) ?? readText(fileName),
    directoryExists: (directory) => (readable(directory) && ts.sys.directoryExists(directory)) || [...overlay.keys()].some((fileName) => isWithin(fileName, directory)),
    getDirectories: (directory) => (readable(directory) ? ts.sys.getDirectories(directory) : []),
    realpath: (fileName) => {
      const real = ts.sys.realpath?.(fileName) ?? fileName;
      return readable(real) ? real : fileName;
    },
  };
}

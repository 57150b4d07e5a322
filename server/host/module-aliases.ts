// Reads how a project maps bare module specifiers to its own files, so the link step can follow
// `import { requireAuth } from "@acme/auth"` to the guard's definition: each tsconfig's `paths` and `baseUrl` (through
// its `extends` chain) and the workspace packages of the root package.json or pnpm-workspace.yaml. JSON only, read
// with TypeScript's own JSONC reader: project code is never executed or required, and nothing outside the project
// root is read. A file it cannot use is skipped with a one-line notice.
import * as fs from "node:fs";
import * as path from "node:path";
import picomatch from "picomatch";
import { ts } from "ts-morph";
import type { ResolvedConfig } from "../../rules/engine/config.js";
import type { ModuleAlias, Notice, PackageManifest } from "../../rules/engine/types.js";
import { isInFolder } from "../../rules/model/module-alias-match.js";
import { discoverComponentCookieReads } from "./component-scripts.js";
import { discoverDeployments } from "./deployments.js";
import { findModuleAliasFiles, isCompilerConfigName, maxAliasFileBytes } from "./module-alias-files.js";
import { readRegularText } from "./read-source.js";
import { isWithin } from "./source-files.js";

export interface ModuleAliasDiscovery {
  /** Nearest scope first, then in the order TypeScript tries them; workspace packages last. */
  aliases: ModuleAlias[];
  /** Every package.json with the names it declares as dependencies. */
  packages: PackageManifest[];
  notices: Notice[];
}

/**
 * `config` with the project's module aliases, its packages' deployment platforms (see deployments.ts) and the cookies
 * its components read (see component-scripts.ts) in its settings, and the files that could not be used in its notices.
 * One walk of the project lists the files of all three, unless `files` names the setup files to read instead.
 */
export function withModuleAliases(config: ResolvedConfig, files?: readonly string[]): ResolvedConfig {
  const root = config.settings.root;
  // A file with no project above it is analysed alone (see ProjectHost): the whole filesystem is never searched.
  files ??= path.dirname(root) === root ? [] : findModuleAliasFiles(root);
  const { aliases, packages, notices } = discoverModuleAliases(root, files);
  const deployments = discoverDeployments(root, files);
  const componentCookieReads = discoverComponentCookieReads(root, files);
  const settings = {
    ...config.settings,
    moduleAliases: aliases,
    ...(deployments.length > 0 ? { deployments } : {}),
    ...(packages.length > 0 ? { packages } : {}),
    ...(componentCookieReads.length > 0 ? { componentCookieReads } : {}),
  };
  return { ...config, settings, notices: [...config.notices, ...notices] };
}

export function discoverModuleAliases(root: string, files: readonly string[] = path.dirname(root) === root ? [] : findModuleAliasFiles(root)): ModuleAliasDiscovery {
  if (files.length === 0) return { aliases: [], packages: [], notices: [] };
  const reader = new JsonReader(root);
  const tsconfigs = files.filter((filePath) => isCompilerConfigName(path.basename(filePath))).sort(byScopeDepthThenName);
  const tsconfigReader = new TsconfigReader(reader, root);
  const aliases = uniqueByScopeAndPattern(tsconfigs.flatMap((configPath) => tsconfigAliases(configPath, tsconfigReader.read(configPath))));
  aliases.push(...workspaceAliases(root, files, reader));
  return { aliases, packages: packageManifests(root, files, reader), notices: reader.notices };
}

const dependencyFields = ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"];

/** Validators whose API differs between majors: their declared range is kept (see PackageManifest.validatorVersions). */
const versionedValidators = new Set(["zod", "valibot", "yup", "joi"]);
/** HTTP clients whose options differ between majors: their declared range is kept (see PackageManifest.clientVersions). */
const versionedClients = new Set(["node-fetch"]);

const lockfileNames = ["package-lock.json", "npm-shrinkwrap.json", "pnpm-lock.yaml", "yarn.lock", "bun.lock", "bun.lockb"];

/** The spellings projects give the template an install copies to `.env` (midday's `.env-template`, `.env-example`). */
const envTemplateNames = [".env.example", ".env.sample", ".env.template", ".env-template", ".env-example", ".env_sample"];

/**
 * The first of `names` beside the package's package.json or in a folder above it, up to `root` (a workspace root).
 * `mayClimbTo` says whether a folder above the package is still its own (a workspace root is; another app's package is not).
 */
function closestFileOf(packageRoot: string, root: string, names: readonly string[], mayClimbTo: (folder: string) => boolean = () => true): string | undefined {
  for (let folder = packageRoot; ; folder = path.dirname(folder)) {
    if (folder !== packageRoot && !mayClimbTo(folder)) return undefined;
    const found = names.map((name) => path.join(folder, name)).find(isFile);
    if (found || folder === root || !isWithin(folder, root) || path.dirname(folder) === folder) return found;
  }
}

/** The variables a `.env.example` sets to a value (`KEY=value`, not `KEY=` or `KEY=""`): commented lines list none. */
function valuedEnvNames(envTemplate: string): string[] {
  const read = readRegularText(envTemplate, 256 * 1024);
  const names: string[] = [];
  for (const line of ("text" in read ? read.text : "").split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    const value = match?.[2]!.replace(/\s+#.*$/, "").replace(/^(["'])(.*)\1$/, "$2").trim();
    if (match && value) names.push(match[1]!);
  }
  return names;
}

/** What each package.json declares, so a fix imports only a module its package can resolve. */
function packageManifests(root: string, files: readonly string[], json: JsonReader): PackageManifest[] {
  const manifests: PackageManifest[] = [];
  // Packages of a workspace share the root's template: each is read once.
  const templateNames = new Map<string, string[]>();
  const rootManifest = path.join(root, "package.json");
  const isWorkspaceRoot = (isFile(rootManifest) && json.read(rootManifest)?.workspaces !== undefined) || isFile(path.join(root, "pnpm-workspace.yaml"));
  for (const manifestPath of files) {
    if (path.basename(manifestPath) !== "package.json" || !isWithin(manifestPath, root)) continue;
    const manifest = json.read(manifestPath);
    if (!manifest) continue;
    const names = new Set<string>();
    const validatorVersions: Record<string, string> = {};
    const clientVersions: Record<string, string> = {};
    for (const field of dependencyFields) {
      const declared = manifest[field];
      if (!isRecord(declared)) continue;
      for (const [name, range] of Object.entries(declared)) {
        names.add(name);
        if (versionedValidators.has(name) && typeof range === "string" && !(name in validatorVersions)) validatorVersions[name] = range;
        if (versionedClients.has(name) && typeof range === "string" && !(name in clientVersions)) clientVersions[name] = range;
      }
    }
    // A production install (`npm ci --omit=dev`, a published package's consumers) leaves these out.
    const runtimeFields = dependencyFields.filter((field) => field !== "devDependencies").map((field) => manifest[field]);
    const developmentOnly = Object.keys(isRecord(manifest.devDependencies) ? manifest.devDependencies : {}).filter((name) => !runtimeFields.some((declared) => isRecord(declared) && name in declared));
    const versions = { ...(Object.keys(validatorVersions).length > 0 && { validatorVersions }), ...(Object.keys(clientVersions).length > 0 && { clientVersions }) };
    const nodeEngine = isRecord(manifest.engines) && typeof manifest.engines.node === "string" ? manifest.engines.node : undefined;
    const nodeTypes = dependencyFields.map((field) => manifest[field]).map((declared) => (isRecord(declared) ? declared["@types/node"] : undefined)).find((range) => typeof range === "string");
    const packageRoot = path.dirname(manifestPath);
    const developerScripts = developerScriptsOf(manifest, packageRoot);
    const scriptRunFiles = scriptRunFilesOf(manifest, packageRoot);
    const startedFiles = startedFilesOf(manifest, packageRoot);
    const launchedFiles = launchedFilesOf(manifest, packageRoot, startedFiles);
    const copiedFolders = copiedFoldersOf(manifest, packageRoot);
    const lockfile = closestFileOf(packageRoot, root, lockfileNames);
    // A template above the package configures it only from a workspace root or a folder that is no package itself: a
    // package nested in another app's folder, outside any workspace, is installed and started on its own settings.
    const envTemplate = closestFileOf(packageRoot, root, envTemplateNames, (folder) => !isFile(path.join(folder, "package.json")) || (folder === root && isWorkspaceRoot));
    let envTemplateValued = envTemplate === undefined ? undefined : templateNames.get(envTemplate);
    if (envTemplate !== undefined && !envTemplateValued) templateNames.set(envTemplate, (envTemplateValued = valuedEnvNames(envTemplate)));
    manifests.push({
      packageRoot,
      ...(typeof manifest.name === "string" ? { name: manifest.name } : {}),
      ...(typeof manifest.description === "string" && sampleDescription.test(manifest.description.trim()) ? { sample: true as const } : {}),
      dependencies: [...names].sort(),
      ...(developmentOnly.length > 0 ? { developmentOnly: developmentOnly.sort() } : {}),
      ...versions,
      ...(nodeEngine ? { nodeEngine } : {}),
      ...(typeof nodeTypes === "string" ? { nodeTypes } : {}),
      ...(developerScripts.length > 0 ? { developerScripts } : {}),
      ...(scriptRunFiles.length > 0 ? { scriptRunFiles } : {}),
      ...(launchedFiles.length > 0 ? { launchedFiles } : {}),
      ...(startedFiles.length > 0 ? { startedFiles } : {}),
      ...(copiedFolders.length > 0 ? { copiedFolders } : {}),
      ...(lockfile ? { lockfile } : {}),
      ...(envTemplate ? { envTemplate } : {}),
      ...(envTemplateValued ? { envTemplateValued } : {}),
    });
  }
  inheritNodeEngines(manifests, root);
  return manifests;
}

/**
 * A package that names no Node versions runs on what its workspace does: the nearest enclosing package's
 * `engines.node`, else the Node a version file (`.nvmrc`, `.node-version`), the Dockerfiles that build it
 * (`FROM node:18-bullseye`) or the CI configs that test it (Travis, GitHub Actions) pin, beside it or in a folder
 * above. A fix writes only what that Node has (Node 18 has no global `crypto` without a flag).
 */
function inheritNodeEngines(manifests: PackageManifest[], root: string): void {
  const byRoot = new Map(manifests.map((manifest) => [manifest.packageRoot, manifest]));
  const pinned = new Map<string, string | undefined>();
  for (const manifest of manifests) {
    if (manifest.nodeEngine) continue;
    for (let folder = manifest.packageRoot; isWithin(folder, root); folder = path.dirname(folder)) {
      const engine = (folder !== manifest.packageRoot ? byRoot.get(folder)?.nodeEngine : undefined) ?? pinnedNodeIn(folder, pinned);
      if (engine) {
        manifest.nodeEngine = engine;
        break;
      }
      if (folder === root || path.dirname(folder) === folder) break;
    }
  }
}

const nodeVersionFiles = [".nvmrc", ".node-version"];
const dockerfileName = /^Dockerfile(\..+)?$|\.Dockerfile$/;

/** The texts of the regular files directly in `folder` whose names match `names` (up to 256 KiB each); none when it cannot be read. */
function textsOfFilesIn(folder: string, names: RegExp): string[] {
  let matching: string[] = [];
  try {
    matching = fs.readdirSync(folder).filter((name) => names.test(name));
  } catch {
    // An unreadable folder holds nothing to read.
  }
  return matching.flatMap((name) => {
    const read = readRegularText(path.join(folder, name), 256 * 1024);
    return "text" in read ? [read.text] : [];
  });
}

/**
 * The lowest Node major a version file, else the Dockerfiles in `folder` (or its `docker/` folder) and the CI configs
 * testing it pin, as a range (`">=18"`); memoised by folder.
 */
function pinnedNodeIn(folder: string, pinned: Map<string, string | undefined>): string | undefined {
  if (pinned.has(folder)) return pinned.get(folder);
  const majors: number[] = [];
  const versionFile = nodeVersionFiles.map((name) => path.join(folder, name)).find(isFile);
  const version = versionFile && readRegularText(versionFile, 1024);
  const versionMatch = version && "text" in version ? /^\s*v?(\d+)/.exec(version.text) : null;
  if (versionMatch) majors.push(Number(versionMatch[1]));
  else {
    for (const dockerfile of [...textsOfFilesIn(folder, dockerfileName), ...textsOfFilesIn(path.join(folder, "docker"), dockerfileName)]) {
      for (const match of dockerfile.matchAll(/^\s*FROM\s+(?:--platform=\S+\s+)?(?:docker\.io\/)?(?:library\/)?node:(\d+)/gim)) majors.push(Number(match[1]));
    }
    majors.push(...testedNodeMajorsIn(folder));
  }
  const engine = majors.length > 0 ? `>=${Math.min(...majors)}` : undefined;
  pinned.set(folder, engine);
  return engine;
}

/**
 * The Node majors the project's CI runs its tests on: Travis's `node_js` list and GitHub Actions' `node-version` (a value
 * or a list, also through a matrix entry named `node` or `node-version`). The code must run on the oldest of them.
 */
function testedNodeMajorsIn(folder: string): number[] {
  const majors: number[] = [];
  const versionsIn = (list: string): number[] => [...list.matchAll(/(?:^|[\s,\[-])['"]?v?(\d+)/g)].map((match) => Number(match[1]));
  for (const travis of textsOfFilesIn(folder, /^\.travis\.ya?ml$/)) {
    const block = /^node_js:[ \t]*(.*)\n((?:[ \t]*-[^\n]*\n?)*)/m.exec(travis);
    if (block) majors.push(...versionsIn(`${block[1]}\n${block[2]}`));
  }
  for (const workflow of textsOfFilesIn(path.join(folder, ".github", "workflows"), /\.ya?ml$/)) {
    for (const match of workflow.matchAll(/^\s*(?:node-version|node):[ \t]*([^\n$]*)$/gm)) {
      if (!match[1]!.includes("${{")) majors.push(...versionsIn(match[1]!));
    }
  }
  return majors.filter((major) => major >= 4 && major < 100);
}

/** A word of the `scripts` entry's name (`db:seed:demo` → db, seed, demo) is one of `words`. */
function isNamedFor(scriptName: string, words: ReadonlySet<string>): boolean {
  return scriptName.toLowerCase().split(/[^a-z]+/).some((word) => words.has(word));
}

/** Words of a `scripts` entry's name that say it fills a developer's database: `seed`, `db:seed:demo`, `db:populate`. */
const developerScriptWords = new Set(["seed", "seeds", "seeding", "seeder", "populate"]);
const sourceFileToken = /^[^-][^\s]*\.[mc]?[jt]sx?$/;

/**
 * Source files the package's seed commands run (`prisma.seed`, and each `scripts` entry named for seeding:
 * `"db:seed": "tsx prisma/seed.ts"`) and the launchers only its development scripts run, as absolute paths. Only the
 * file a command names; never run, never resolved through the shell.
 */
function developerScriptsOf(manifest: Record<string, unknown>, packageRoot: string): string[] {
  const commands: string[] = [];
  if (isRecord(manifest.prisma) && typeof manifest.prisma.seed === "string") commands.push(manifest.prisma.seed);
  if (isRecord(manifest.scripts)) {
    for (const [name, command] of Object.entries(manifest.scripts)) {
      if (typeof command === "string" && isNamedFor(name, developerScriptWords)) commands.push(command);
    }
  }
  return [...sourceFilesNamedBy(commands, packageRoot), ...developmentLaunchersOf(manifest, packageRoot)];
}

/** Words of a `scripts` entry's name that say it runs the service on a developer's machine (`dev`, `dev:api`, `start:dev`). */
const developmentScriptWords = new Set(["dev", "develop", "development"]);
/** Words of a `scripts` entry's name that say it runs the deployed service (`start`, `serve`, `start:prod`). */
const productionScriptWords = new Set(["start", "serve", "prod", "production"]);

/**
 * Launchers only the development scripts run (`"dev": "vite-node src/server-dev.ts"` beside `"start": "node
 * dist/server.js"`): files none of whose names the production scripts run, source or built. Without a production
 * script naming a file, nothing tells the development entry from the deployed one.
 */
function developmentLaunchersOf(manifest: Record<string, unknown>, packageRoot: string): string[] {
  if (!isRecord(manifest.scripts)) return [];
  const development: string[] = [];
  const production: string[] = [];
  for (const [name, command] of Object.entries(manifest.scripts)) {
    if (typeof command !== "string") continue;
    if (isNamedFor(name, developmentScriptWords)) development.push(command);
    else if (isNamedFor(name, productionScriptWords)) production.push(command);
  }
  const deployed = new Set(sourceFilesNamedBy(production, packageRoot).map(fileStem));
  if (deployed.size === 0) return [];
  return sourceFilesNamedBy(development, packageRoot).filter((file) => !deployed.has(fileStem(file)));
}

/** `server-dev` of `src/server-dev.ts` and of `dist/server-dev.js`: a source file and its build share it. */
function fileStem(file: string): string {
  return path.basename(file).replace(/\.[mc]?[jt]sx?$/, "");
}

/** Words of a `scripts` entry's name that say it runs the service itself (`start`, `start-server`, `dev:api`, `worker`). */
const serviceScriptWords = new Set(["start", "serve", "server", "dev", "develop", "prod", "production", "preview", "watch", "worker", "workers", "daemon", "api", "app", "run"]);

/**
 * Words of a `scripts` entry's name that say it changes the database's schema or data by hand: `migration:run`,
 * `db:migrate:dev` run a migration (the ORM's CLI loading a data-source file), never the service, whatever else they say.
 */
const databaseChoreWords = new Set(["migration", "migrations", "migrate", "schema", "seed"]);

/**
 * Source files the package's other scripts run by hand (`"download-dist": "node extra/download-dist.js"`, a release
 * or maintenance command), as absolute paths: never those of a script named for running the service, nor a file such a
 * script or the package's entries also start (`wrangler deploy src/index.ts` beside `wrangler dev src/index.ts`). A command that
 * runs a build (`"reset-password": "node dist/reset-password.mjs"`) runs the sources built there, unless the service's
 * scripts or the package's entries (`main`, `bin`, `module`, `exports`) name the same build: that file is the service.
 */
function scriptRunFilesOf(manifest: Record<string, unknown>, packageRoot: string): string[] {
  if (!isRecord(manifest.scripts)) return [];
  const byHand: string[] = [];
  const service: string[] = [];
  for (const [name, command] of Object.entries(manifest.scripts)) {
    if (typeof command === "string") (isNamedFor(name, serviceScriptWords) && !isNamedFor(name, databaseChoreWords) ? service : byHand).push(command);
  }
  // A file a service script or the package's entries also start (`"dev": "wrangler dev src/index.tsx"` beside
  // `"deploy": "wrangler deploy src/index.tsx"`) is the service, whatever else runs it.
  const entries = new Set([...sourceFilesNamedBy(service, packageRoot), ...packageEntriesOf(manifest, packageRoot)]);
  const named = sourceFilesNamedBy(byHand, packageRoot).filter((file) => !entries.has(file));
  const built = named.flatMap((file) => sourcesBuiltInto(file, packageRoot));
  return [...new Set([...named, ...built])].sort();
}

/** Words of a `scripts` entry's name that say it checks the code rather than runs it (`test`, `lint`, `typecheck`). */
const checkScriptWords = new Set(["test", "tests", "lint", "format", "typecheck", "types", "coverage", "e2e", "prettier", "eslint"]);
/**
 * Files beside a package.json that start its processes: containers, process managers, watchers, serverless functions,
 * a Worker's wrangler config (its `main`).
 */
const launcherFiles = /^(Dockerfile(\..+)?|.+\.Dockerfile|Procfile|nodemon\.json|ecosystem\.config\.[mc]?js|ecosystem\.json|pm2\.json|(docker-)?compose(\..+)?\.ya?ml|serverless\.ya?ml|app\.ya?ml|wrangler\.(toml|jsonc?))$/;
/** A path in a launcher's text: a source or built file (`dist/server.js`), or a serverless handler (`src/api.handler`). */
const launchedPathToken = /[\w.@~/-]+\.[mc]?[jt]sx?\b|(?<=handler:\s*["']?)[\w.@~/-]+(?=\.\w+)/g;

/**
 * The files that start the package's processes, as absolute paths: its entries (`main`, `module`, `bin`, `exports`),
 * the files its scripts run (checks aside: `test`, `lint`), and the paths its launchers beside it name (Dockerfile,
 * Procfile, nodemon, pm2, compose, serverless, wrangler). A build's file stands for its sources by name (see CodeRoleLinks.isLaunched).
 */
function launchedFilesOf(manifest: Record<string, unknown>, packageRoot: string, started: readonly string[]): string[] {
  return [...new Set([...packageEntriesOf(manifest, packageRoot), ...started])].sort();
}

/**
 * The files the package's scripts (checks aside) and launchers (Dockerfile, Procfile, wrangler...) start, as absolute
 * paths: processes, unlike its entries (`main`, `exports`), which other packages may only import.
 */
function startedFilesOf(manifest: Record<string, unknown>, packageRoot: string): string[] {
  const commands = isRecord(manifest.scripts) ? Object.entries(manifest.scripts).flatMap(([name, command]) => (typeof command === "string" && !isNamedFor(name, checkScriptWords) ? [command] : [])) : [];
  const started = new Set(sourceFilesNamedBy(commands, packageRoot));
  for (const launcher of textsOfFilesIn(packageRoot, launcherFiles)) {
    for (const match of launcher.matchAll(launchedPathToken)) started.add(path.resolve(packageRoot, match[0]));
  }
  return [...started].sort();
}

/** Folders a build writes to, each mirroring the sources (`dist/scripts/migrate.js` from `scripts/migrate.ts` or `src/scripts/migrate.ts`). */
const buildFolders = new Set(["dist", "build", "out"]);
const sourceExtensions = [".ts", ".mts", ".cts", ".js", ".mjs", ".cjs"];

/** The source files a build in a build folder may come from, as absolute paths (only existing project files will match them). */
function sourcesBuiltInto(file: string, packageRoot: string): string[] {
  const [folder, ...rest] = path.relative(packageRoot, file).split(path.sep);
  if (folder === undefined || !buildFolders.has(folder) || rest.length === 0 || !/\.[mc]?js$/.test(file)) return [];
  const stem = path.join(...rest).replace(/\.[mc]?js$/, "");
  return ["", "src"].flatMap((base) => sourceExtensions.map((extension) => path.join(packageRoot, base, stem + extension)));
}

/** The files the manifest declares as the package's entries (`main`, `module`, `bin`, `exports`), as absolute paths. */
function packageEntriesOf(manifest: Record<string, unknown>, packageRoot: string): string[] {
  const found: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === "string") found.push(path.resolve(packageRoot, value));
    else if (isRecord(value)) Object.values(value).forEach(collect);
  };
  [manifest.main, manifest.module, manifest.bin, manifest.exports].forEach(collect);
  return found;
}

/** Runners that, like Node, resolve a script named without its extension (`node dist/tools/fill` runs `dist/tools/fill.js`). */
const extensionResolvingRunners = new Set(["node", "tsx", "ts-node", "babel-node"]);
const extensionlessPathToken = /^[\w.@~][\w.@~/-]*\/[\w@~-]+$/;

function sourceFilesNamedBy(commands: readonly string[], packageRoot: string): string[] {
  const files = new Set<string>();
  for (const command of commands) {
    const tokens = command.split(/\s+|&&|\|\||;/).map((token) => token.replace(/^["']|["']$/g, ""));
    tokens.forEach((token, index) => {
      if (sourceFileToken.test(token)) files.add(path.resolve(packageRoot, token));
      else if (extensionResolvingRunners.has(tokens[index - 1] ?? "") && extensionlessPathToken.test(token)) {
        // The runner tries the extensions in turn; only the candidates that are project files will ever match.
        for (const extension of sourceExtensions) files.add(path.resolve(packageRoot, token + extension));
      }
    });
  }
  return [...files].sort();
}

/**
 * A description that opens or ends with what the package is: an example or demo ("Demo for the parser", "Webhook
 * endpoint example", "Demo app."), a test double ("Mock gateway server for E2E testing", "Testing API server",
 * "Fake mail adapter for tests only"), or a tool a developer runs on their own machine ("Local development debugging
 * interface", "… tunnel for local development."). A word in passing ("suitable for testing and demo environments")
 * says nothing of the package itself, and a verb ("Test whether your site...") describes a product.
 */
const sampleDescription = new RegExp(
  [
    /^(an? )?(examples?|samples?|demos?)\b|\b(examples?|samples?|demos?)( (apps?|applications?|servers?|projects?))?\.?$/.source,
    /^(an? )?(mock|fake|stub)\b|^(an? )?test(ing)? (api|server|app|application|node|theme|utils?|tools?|fixtures?|harness|helpers?)\b/.source,
    /\bfor (e2e |end-to-end |integration |unit )?(tests?|testing)( only)?\.?$/.source,
    /^(an? )?local (development|dev)\b|\bfor local (development|dev)( only)?\.?$/.source,
  ].join("|"),
  "i",
);

/**
 * Folders a `scripts` entry copies whole with `cp -r` (`cp -r src/init/templates/app* dist/init/templates`), as
 * absolute paths; a trailing `*` stays as a name prefix. Only sources below the package's top folder count: copying
 * `src` or the package itself ships its code as is, which is still its code.
 */
function copiedFoldersOf(manifest: Record<string, unknown>, packageRoot: string): string[] {
  if (!isRecord(manifest.scripts)) return [];
  const folders = new Set<string>();
  for (const command of Object.values(manifest.scripts)) {
    if (typeof command !== "string") continue;
    for (const segment of command.split(/&&|\|\||;/)) {
      const [program, ...args] = segment.trim().split(/\s+/).map((token) => token.replace(/^["']|["']$/g, ""));
      if (program !== "cp" || !args.some((arg) => /^-[a-zA-Z]*[rR]/.test(arg))) continue;
      const paths = args.filter((arg) => !arg.startsWith("-"));
      for (const source of paths.slice(0, -1)) {
        const relative = path.posix.normalize(source.replace(/\/\*?$/, "")).replace(/\*$/, "");
        if (relative.startsWith("..") || path.isAbsolute(relative) || relative.split("/").filter(Boolean).length < 2 || /[*?{[]/.test(relative)) continue;
        folders.add(path.resolve(packageRoot, relative) + (source.replace(/\/$/, "").endsWith("*") ? "" : path.sep));
      }
    }
  }
  return [...folders].sort();
}

/**
 * `text` as strict JSON, undefined when it is not: a workspace has hundreds of package.json files, and the engine's
 * JSON.parse reads one many times faster than TypeScript's JSONC reader, which is kept for comments, trailing commas
 * and the line of an error.
 */
function parseStrictJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Reads JSON files once each, noting (once) why one cannot be used. */
class JsonReader {
  readonly notices: Notice[] = [];
  private readonly objects = new Map<string, Record<string, unknown> | undefined>();

  constructor(private readonly root: string) {}

  read(filePath: string): Record<string, unknown> | undefined {
    if (!this.objects.has(filePath)) this.objects.set(filePath, this.parse(filePath));
    return this.objects.get(filePath);
  }

  notice(filePath: string, message: string): void {
    this.notices.push({ filePath, message });
  }

  private parse(filePath: string): Record<string, unknown> | undefined {
    if (!isWithinRealPath(filePath, this.root)) return this.skip(filePath, "a symlink to outside the project");
    const read = readRegularText(filePath, maxAliasFileBytes);
    if ("problem" in read) return this.skip(filePath, read.problem);
    const text = read.text.replace(/^\uFEFF/, "");
    const strict = parseStrictJson(text);
    if (strict !== undefined) return isRecord(strict) ? strict : this.skip(filePath, "not a JSON object");
    let parsed: ReturnType<typeof ts.parseConfigFileTextToJson>;
    try {
      parsed = ts.parseConfigFileTextToJson(filePath, text);
    } catch {
      // The reader recurses: JSON nested thousands deep exhausts the stack.
      return this.skip(filePath, "nested too deeply to read");
    }
    const { config, error } = parsed;
    if (error) {
      // TypeScript words a non-object root as a tsconfig rule (code 5092) whatever the file is.
      if (error.code === 5092) return this.skip(filePath, "not a JSON object");
      const line = error.file && error.start !== undefined ? error.file.getLineAndCharacterOfPosition(error.start).line + 1 : undefined;
      return this.skip(filePath, `invalid JSON${line ? ` at line ${line}` : ""} (${ts.flattenDiagnosticMessageText(error.messageText, " ")})`);
    }
    return isRecord(config) ? config : this.skip(filePath, "not a JSON object");
  }

  private skip(filePath: string, reason: string): undefined {
    this.notice(filePath, `${reason}; its module aliases are ignored`);
    return undefined;
  }
}

/** The `paths` and `baseUrl` a tsconfig ends up with, as absolute folders. */
interface PathOptions {
  baseUrl?: string;
  paths?: Record<string, string[]>;
  /** The folder of the tsconfig that declared `paths`: targets are relative to it when there is no baseUrl. */
  pathsBase?: string;
}

class TsconfigReader {
  private readonly resolved = new Map<string, PathOptions | undefined>();

  constructor(
    private readonly json: JsonReader,
    private readonly root: string,
  ) {}

  /** Undefined when the file cannot be read; `chain` holds the configs that extend it, to stop at a cycle. */
  read(configPath: string, chain: readonly string[] = []): PathOptions | undefined {
    if (chain.includes(configPath)) {
      this.json.notice(chain.at(-1)!, `\`extends\` leads back to ${path.basename(configPath)}; the options it would inherit are ignored`);
      return undefined;
    }
    if (!this.resolved.has(configPath)) this.resolved.set(configPath, this.readWithBases(configPath, [...chain, configPath]));
    return this.resolved.get(configPath);
  }

  private readWithBases(configPath: string, chain: readonly string[]): PathOptions | undefined {
    const config = this.json.read(configPath);
    if (!config) return undefined;
    const directory = path.dirname(configPath);
    const bases = typeof config.extends === "string" ? [config.extends] : Array.isArray(config.extends) ? config.extends : [];
    let options: PathOptions = {};
    for (const base of bases) {
      const basePath = typeof base === "string" ? extendedConfigPath(base, directory, this.root) : undefined;
      const inherited = basePath === undefined ? undefined : this.read(basePath, chain);
      if (inherited) options = { ...options, ...inherited };
    }
    const compilerOptions = isRecord(config.compilerOptions) ? config.compilerOptions : {};
    if (typeof compilerOptions.baseUrl === "string") options.baseUrl = path.resolve(directory, compilerOptions.baseUrl);
    if (isRecord(compilerOptions.paths)) {
      options.paths = Object.fromEntries(
        Object.entries(compilerOptions.paths).map(([pattern, targets]) => [pattern, Array.isArray(targets) ? targets.filter((t) => typeof t === "string") : []]),
      );
      options.pathsBase = directory;
    }
    return options;
  }
}

/**
 * Where an `extends` entry points: a relative or absolute file, or a package's file under the nearest node_modules.
 * Only inside the project: nothing outside the workspace is read. Not found there (a base kept outside, a package
 * not installed): undefined, and the options it would give are simply not known.
 */
function extendedConfigPath(specifier: string, fromDirectory: string, root: string): string | undefined {
  const isProjectFile = (candidate: string): boolean => isWithin(candidate, root) && isFile(candidate) && isWithin(fs.realpathSync(candidate), root);
  if (specifier.startsWith(".") || path.isAbsolute(specifier)) {
    const resolved = path.resolve(fromDirectory, specifier);
    return [resolved, `${resolved}.json`].find(isProjectFile);
  }
  for (let directory = fromDirectory; isWithin(directory, root); directory = path.dirname(directory)) {
    const base = path.join(directory, "node_modules", specifier);
    const found = [base, `${base}.json`, path.join(base, "tsconfig.json")].find(isProjectFile);
    if (found || path.dirname(directory) === directory) return found;
  }
  return undefined;
}

/** A tsconfig's aliases, scoped to its folder, in TypeScript's order: exact patterns, then the longest prefix first. */
function tsconfigAliases(configPath: string, options: PathOptions | undefined): ModuleAlias[] {
  if (!options) return [];
  const scope = path.dirname(configPath);
  const targetBase = options.baseUrl ?? options.pathsBase ?? scope;
  const patterns = Object.entries(options.paths ?? {}).filter(([pattern]) => starCount(pattern) <= 1);
  patterns.sort(([a], [b]) => prefixRank(b) - prefixRank(a));
  const aliases = patterns.map(([pattern, targets]) => ({
    scope,
    pattern,
    targets: targets.filter((target) => starCount(target) <= 1).map((target) => path.resolve(targetBase, target)),
  }));
  if (options.baseUrl !== undefined) aliases.push({ scope, pattern: "*", targets: [path.join(options.baseUrl, "*")] });
  return aliases;
}

/** Each workspace package's name, project-wide: its entry for the bare name, its folder for `name/sub/path`. */
function workspaceAliases(root: string, files: readonly string[], json: JsonReader): ModuleAlias[] {
  const patterns = workspacePatterns(root, json);
  if (patterns.length === 0) return [];
  const included = picomatch(patterns.filter((p) => !p.startsWith("!")).map(trimPattern));
  const excluded = patterns.filter((p) => p.startsWith("!")).map((p) => trimPattern(p.slice(1)));
  const isExcluded = excluded.length > 0 ? picomatch(excluded) : () => false;
  const aliases: ModuleAlias[] = [];
  for (const manifestPath of files) {
    if (path.basename(manifestPath) !== "package.json") continue;
    const folder = path.dirname(manifestPath);
    const relative = path.relative(root, folder).split(path.sep).join("/");
    if (relative === "" || !included(relative) || isExcluded(relative)) continue;
    const manifest = json.read(manifestPath);
    if (typeof manifest?.name !== "string" || manifest.name === "") continue;
    aliases.push({ scope: root, pattern: manifest.name, targets: entryTargets(folder, manifest, compiledFrom(folder, json)) });
    aliases.push({ scope: root, pattern: `${manifest.name}/*`, targets: [path.join(folder, "*"), path.join(folder, "src", "*")] });
  }
  return aliases;
}

/** The root package.json's `workspaces` (an array, or `{ packages }`), else pnpm-workspace.yaml's `packages` list. */
function workspacePatterns(root: string, json: JsonReader): string[] {
  const manifestPath = path.join(root, "package.json");
  const workspaces = isFile(manifestPath) ? json.read(manifestPath)?.workspaces : undefined;
  const declared = Array.isArray(workspaces) ? workspaces : isRecord(workspaces) && Array.isArray(workspaces.packages) ? workspaces.packages : undefined;
  if (declared) return declared.filter((p): p is string => typeof p === "string");
  const pnpmPath = path.join(root, "pnpm-workspace.yaml");
  if (!isFile(pnpmPath)) return [];
  const read = readRegularText(pnpmPath, maxAliasFileBytes);
  const patterns = pnpmPackagePatterns("text" in read ? read.text : "");
  if (!patterns) json.notice(pnpmPath, "`packages` is not a plain list of quoted or bare patterns; its workspace packages are ignored");
  return patterns ?? [];
}

/**
 * The `packages:` block of a pnpm-workspace.yaml written as a plain list (`  - "apps/*"`); undefined for any other
 * shape, which would need a YAML parser. No `packages:` key: an empty list.
 */
export function pnpmPackagePatterns(text: string): string[] | undefined {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => /^packages\s*:/.test(line));
  if (start < 0) return [];
  if (!/^packages\s*:\s*(#.*)?$/.test(lines[start]!)) return undefined;
  const patterns: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^\s*(#.*)?$/.test(line)) continue;
    if (!/^\s/.test(line)) break;
    const item = /^\s+-\s+(?:"([^"]*)"|'([^']*)'|([^\s"'#][^#]*?))\s*(#.*)?$/.exec(line);
    if (!item) return undefined;
    patterns.push(item[1] ?? item[2] ?? item[3]!);
  }
  return patterns;
}

/**
 * Where a workspace package's bare name leads, in order: its declared entry (`exports["."]`, `types`, `module`,
 * `main`), that entry's source when it points into build output (`dist/x.js` -> `src/x`), then `src/index`, `index`.
 * Extensions are left to the link step, which tries each source extension on the files it analyses.
 */
function entryTargets(folder: string, manifest: Record<string, unknown>, compiled?: { outDir: string; rootDir: string }): string[] {
  const declared = [exportedEntry(manifest.exports), manifest.types, manifest.typings, manifest.module, manifest.main];
  const targets: string[] = [];
  for (const entry of declared) {
    if (typeof entry !== "string" || entry === "") continue;
    const withoutExtension = entry.replace(/\.d\.[mc]?ts$|\.[mc]?js$/, "");
    const built = path.resolve(folder, withoutExtension);
    targets.push(built);
    // `main: "./dist/index.js"` compiled from `lib/` (`rootDir: "lib", outDir: "dist"`): the source is `lib/index.ts`.
    if (compiled && isInFolder(built, compiled.outDir)) targets.push(path.join(compiled.rootDir, path.relative(compiled.outDir, built)));
    const [first, ...rest] = path.normalize(withoutExtension).split(path.sep).filter((part) => part !== ".");
    if (rest.length > 0 && buildOutputFolders.has(first!)) targets.push(path.join(folder, "src", ...rest));
  }
  targets.push(path.join(folder, "src", "index"), path.join(folder, "index"));
  return [...new Set(targets)];
}

const buildOutputFolders = new Set(["dist", "build", "lib", "out"]);

/** The package's own tsconfig.json compiles `rootDir` into `outDir` (both set): where its built entry's source is. */
function compiledFrom(folder: string, json: JsonReader): { outDir: string; rootDir: string } | undefined {
  const tsconfigPath = path.join(folder, "tsconfig.json");
  const options = isFile(tsconfigPath) ? json.read(tsconfigPath)?.compilerOptions : undefined;
  if (!isRecord(options) || typeof options.outDir !== "string" || typeof options.rootDir !== "string") return undefined;
  return { outDir: path.resolve(folder, options.outDir), rootDir: path.resolve(folder, options.rootDir) };
}

/** `exports` as a string, `exports["."]`, or the first path among the conditions (`types`, `import`...) of either. */
function exportedEntry(exports: unknown, depth = 0): string | undefined {
  if (typeof exports === "string") return exports;
  if (!isRecord(exports) || depth > 3) return undefined;
  if ("." in exports) return exportedEntry(exports["."], depth + 1);
  if (Object.keys(exports).some((key) => key.startsWith("."))) return undefined;
  for (const condition of Object.values(exports)) {
    const entry = exportedEntry(condition, depth + 1);
    if (entry) return entry;
  }
  return undefined;
}

/** Deepest folder first, so the nearest tsconfig's aliases come first; `tsconfig.json` before its siblings. */
function byScopeDepthThenName(a: string, b: string): number {
  const depth = (filePath: string): number => path.dirname(filePath).split(path.sep).length;
  const nameRank = (filePath: string): string => (path.basename(filePath) === "tsconfig.json" ? "" : path.basename(filePath));
  return depth(b) - depth(a) || path.dirname(a).localeCompare(path.dirname(b)) || nameRank(a).localeCompare(nameRank(b));
}

/** Several tsconfigs in one folder often repeat one `paths`: the first (`tsconfig.json`) wins. */
function uniqueByScopeAndPattern(aliases: ModuleAlias[]): ModuleAlias[] {
  const seen = new Set<string>();
  return aliases.filter((alias) => {
    const key = `${alias.scope}\0${alias.pattern}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Exact patterns first (rank above any prefix), then wildcard patterns by the length of their prefix. */
function prefixRank(pattern: string): number {
  const star = pattern.indexOf("*");
  return star < 0 ? Number.MAX_SAFE_INTEGER : star;
}

function starCount(text: string): number {
  return text.split("*").length - 1;
}

/** `./packages/*` and `packages/*` name the same folders, with or without a trailing slash. */
function trimPattern(pattern: string): string {
  return pattern.replace(/^\.\//, "").replace(/\/+$/, "");
}

function isFile(filePath: string): boolean {
  try {
    return fs.statSync(filePath).isFile();
  } catch {
    return false;
  }
}

/** Whether `filePath`, its symlinks resolved, lies under `root` (a file that does not exist yet: by its own path). */
function isWithinRealPath(filePath: string, root: string): boolean {
  try {
    return isWithin(fs.realpathSync(filePath), root);
  } catch {
    return isWithin(filePath, root);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// The engine's vocabulary: findings, fixes and rules as plain data. Nothing here knows LSP, SARIF or a terminal.
import type { ts } from "ts-morph";
import type { z } from "zod";
import type { FixBuilder } from "./fix-builder.js";
import type { MemberMemo } from "./member-memo.js";

export type Severity = "error" | "warn" | "info";
export type SeveritySetting = Severity | "off";
export type FixKind = "safe" | "suggestion" | "scaffold";

/** A character range in one file: 0-based offsets into its text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** 1-based line and column, as people and SARIF count them. */
export interface Location {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface TextEdit {
  filePath: string;
  start: number;
  end: number;
  newText: string;
}

/**
 * A file a fix creates or extends. `create` writes `text` only when the file is missing;
 * `appendLines` adds each line of `text` that the file does not already contain (creating it when missing);
 * `addJsonEntry` adds `entry` to an object of an existing JSON file (a dependency to a package.json) unless the key is
 * there, keeping the file's layout; its `text` is empty, so a host that knows only the other modes leaves the file be.
 * Never carries a secret value.
 */
export type FileWrite =
  | { filePath: string; mode: "create" | "appendLines"; text: string }
  | { filePath: string; mode: "addJsonEntry"; text: ""; entry: JsonEntry };

/** `"zod": "^4.1.0"` in the root object's `dependencies`: `object` is the key of an object at the root. */
export interface JsonEntry {
  object: string;
  key: string;
  /** The value, a JSON string. */
  value: string;
}

export interface Fix {
  title: string;
  kind: FixKind;
  edits: TextEdit[];
  files: FileWrite[];
  /**
   * Why a fix the rule would apply elsewhere is only a suggestion here (`no sibling guard to reuse`): whether it is right
   * depends on intent Harden cannot see, so `--fix` never applies it and reports say so.
   */
  suggestionReason?: string;
}

export interface Finding {
  ruleId: string;
  /** The key of `meta.messages` the message was made from, so tests and tools can tell messages apart without their text. */
  messageId: string;
  severity: Severity;
  message: string;
  filePath: string;
  span: Span;
  location: Location;
  fixes: Fix[];
}

/** A one-line note about input the engine could not fully analyse (skipped file, rule that threw). */
export interface Notice {
  filePath: string;
  message: string;
}

export type RuleCategory = "security" | "correctness" | "reliability";

export interface RuleMeta<Options> {
  category: RuleCategory;
  severity: Severity;
  needsTypes: boolean;
  fix: FixKind | "none";
  /** One sentence, reused for hover, code-action titles and SARIF shortDescription. */
  summary: string;
  /** Title of the rule's primary fix, e.g. "Add a timeout". */
  fixTitle?: string;
  /**
   * Which code the rule judges: `server` (default) is production server code only — test and tooling code and browser
   * code are out of its scope; `all` also test code (where it may lower its severity) and browser code.
   */
  scope?: "server" | "all";
  /** The flagged text may be a credential: hosts never echo it (diffs, snippets), at most its first 4 characters. */
  flaggedTextIsSecret?: boolean;
  /** Message templates; `{{name}}` placeholders are filled from report data. */
  messages: Record<string, string>;
  /** zod schema of the options object, with defaults, so `parse({})` gives the defaults. */
  options?: z.ZodType<Options>;
}

export type Visitor = (node: ts.Node) => void;
export type Visitors = Partial<Record<ts.SyntaxKind, Visitor>> & {
  /** Called once after the walk, for rules that report from what they collected or from the models. */
  onEnd?: () => void;
};

export interface FixRequest {
  title?: string;
  /**
   * The kind when it is not the rule's `meta.fix`. A fix held back from `--fix` here because it depends on intent is
   * not a kind a request picks: `apply` calls `edit.offerAsSuggestion(reason)`, so every report can say why.
   */
  kind?: Exclude<FixKind, "suggestion">;
  apply: (edit: FixBuilder) => void;
}

export interface ReportDescriptor {
  /** What to underline: a node, or a span in the current file. */
  node?: ts.Node;
  span?: Span;
  messageId: string;
  data?: Record<string, string | number>;
  /** Overrides the configured severity for this finding only (e.g. secrets in test files report at warn). */
  severity?: Severity;
  /** The primary fix, with the rule's `meta.fix` kind and `meta.fixTitle` unless given. */
  fix?: FixRequest | ((edit: FixBuilder) => void);
  /** Further fixes offered as explicit quick fixes. */
  suggestions?: FixRequest[];
}

export interface ProjectSettings {
  root: string;
  authWrappers: string[];
  validators: string[];
  timeoutWrappers: string[];
  testGlobs: string[];
  /** Folders of developer scripts (config `toolingGlobs`); none when absent. */
  toolingGlobs?: string[];
  sensitivePrefixes: string[];
  /** How the project's own bare specifiers map to its files (tsconfig `paths`, workspace packages); none when absent. */
  moduleAliases?: ModuleAlias[];
  /** Packages whose folder names a deployment platform (a `vercel.json` beside the package.json, say); none when absent. */
  deployments?: PackageDeployment[];
  /** Each package.json of the project with the packages it declares; none when absent. */
  packages?: PackageManifest[];
  /** Cookie names the `<script>` blocks of the project's Vue and Svelte components read in the browser; none when absent. */
  componentCookieReads?: string[];
}

/** One package.json: its folder and the names under dependencies, devDependencies, peer- and optionalDependencies. */
export interface PackageManifest {
  packageRoot: string;
  /** Its `name`, when it has one: how other packages of a workspace depend on it. */
  name?: string;
  /**
   * Its `description` says it is an example, a demo, a test double or a local development tool ("Webhook endpoint
   * example", "Mock gateway for E2E testing", "Local development debugging interface"): not deployed.
   */
  sample?: true;
  dependencies: string[];
  /** The names only `devDependencies` declares: a production install (`--omit=dev`, a published package's users) lacks them. */
  developmentOnly?: string[];
  /** The declared version range of the schema validators it depends on (`{ zod: "^4.1.0" }`), so a fix uses that major's API; absent when none. */
  validatorVersions?: Record<string, string>;
  /** The declared version range of the HTTP clients whose options differ between majors (`{ "node-fetch": "^2.7.0" }`); absent when none. */
  clientVersions?: Record<string, string>;
  /** `engines.node` as written (`">=18"`), when the package names the Node versions it runs on. */
  nodeEngine?: string;
  /** Its declared `@types/node` range (`"^13.13.4"`): the Node its code is type-checked against, whatever it runs on. */
  nodeTypes?: string;
  /**
   * Absolute paths of the source files its seed commands run (`prisma.seed`, a `db:seed` script) and of the launchers
   * only its development scripts run (`"dev": "tsx src/server-dev.ts"` beside `"start": "node dist/server.js"`): developer tooling.
   */
  developerScripts?: string[];
  /**
   * Absolute paths of the files that start its processes: its entries (`main`, `bin`, `exports`...), what its scripts
   * other than checks (`test`, `lint`) run, and what a Dockerfile, Procfile, nodemon, pm2, compose or serverless file
   * beside it names. Built files (`dist/server.js`) are kept as named.
   */
  launchedFiles?: string[];
  /** Of `launchedFiles`, those a script or launcher starts as a process, not the entries other packages import. */
  startedFiles?: string[];
  /** Absolute paths of the source files its other scripts run by hand (`node extra/download-dist.js`): tooling unless the project imports them. */
  scriptRunFiles?: string[];
  /**
   * Absolute paths of the folders its scripts copy verbatim into the build (`cp -r src/templates/app* dist/...`), a
   * trailing `*` kept as a name prefix: files shipped as data (the templates a generator writes out), not compiled code.
   */
  copiedFolders?: string[];
  /**
   * Absolute path of the lockfile that pins its installs (`package-lock.json`, `pnpm-lock.yaml`, `yarn.lock`,
   * `bun.lock`), beside it or at a workspace root above it: a dependency added to package.json alone makes the
   * frozen install of a CI or Docker build (`npm ci`) refuse to run.
   */
  lockfile?: string;
  /** The env template its deployments are configured from (`.env.example`, `.env.template`…, beside it or in a folder above), absolute. */
  envTemplate?: string;
  /**
   * The variables the `.env.example` (`.env.sample`, `.env.template`, `.env-template`, …) beside it or at a workspace root above it sets
   * to a value; absent when there is no such file. An install configured from it leaves every other variable unset.
   */
  envTemplateValued?: string[];
}

/** A platform a package deploys to: a hosted edge that fronts every request, or a container the project runs itself. */
export type DeploymentPlatform = "vercel" | "cloudflare" | "netlify" | "container";

/** The deployment files found beside one package.json (only their presence; they are never read). */
export interface PackageDeployment {
  packageRoot: string;
  platforms: DeploymentPlatform[];
}

/** A bare module specifier the project maps to its own files: a tsconfig `paths` entry or a workspace package's name. */
export interface ModuleAlias {
  /** Folder whose files see the alias: the declaring tsconfig's, or the project root for a workspace package. */
  scope: string;
  /** The specifier itself, or a pattern with one `*` (`@acme/*`). */
  pattern: string;
  /** Absolute paths tried in order; a `*` in them stands for what the pattern's `*` matched. */
  targets: string[];
}

/** The runtime a file's code runs on: Node.js, or an edge runtime without Node's built-ins. */
export type Runtime = "node" | "edge";

/**
 * Which code a file is: production server code, test or tooling code, browser code, or a module that never runs
 * (nothing imports it and nothing loads it by convention). Only `server` code gets server rules.
 */
export type CodeRole = "server" | "test" | "browser" | "unused";

/** What the engine itself needs of a file's facts. */
export interface FileFacts {
  filePath: string;
  runtime: Runtime;
}

/** What the engine itself needs of the project's facts. */
export interface ProjectFacts {
  /** Server rules run on production server code only; rules whose `meta.scope` is `all` also on the rest. */
  codeRoleOf(file: FileFacts): CodeRole;
  /** `text` with every credential in it shown as its preview, for a message that quotes what the user wrote. */
  redactSecrets(text: string): string;
  /** Whether the relative imports of the package holding `filePath` carry extensions (`./db.js`): how fixes write theirs. */
  writesImportExtensions(filePath: string): boolean;
}

/**
 * The layer that knows the facts rules read (the framework model) supplies them through this. The engine never
 * imports that layer: the composition root (rules/lint-project.ts) hands it over.
 */
export interface FactsSupplier {
  /** A file's facts, from its tree alone. */
  summarize(filePath: string, sourceFile: ts.SourceFile): RuleFile;
  /** The project's facts, linked across all files' facts. */
  link(files: readonly RuleFile[], settings: ProjectSettings): RuleProject;
}

/**
 * The types rules see for `ctx.file` and `ctx.project`. The supplier of the facts declares them here by declaration
 * merging (rules/model/rule-facts.ts adds `{ file: FileSummary; project: ProjectModel }`), so rules get its full types
 * while the engine relies only on `FileFacts` and `ProjectFacts`, which they must satisfy.
 */
export interface SuppliedFacts {}

export type RuleFile = SuppliedFacts extends { file: infer File extends FileFacts } ? File : FileFacts;
export type RuleProject = SuppliedFacts extends { project: infer Project extends ProjectFacts } ? Project : ProjectFacts;

export interface RuleContext<Options> {
  ruleId: string;
  filePath: string;
  sourceFile: ts.SourceFile;
  text: string;
  options: Options;
  settings: ProjectSettings;
  /** This file's framework summary. */
  file: RuleFile;
  /** All summaries, linked across files (mounted routers, imported guards). */
  project: RuleProject;
  runtime: Runtime;
  /** Test or tooling code; only rules whose `meta.scope` is `all` ever see it. */
  isTestFile: boolean;
  /** An open document's results per class member, from its previous version (see member-memo.ts). */
  memo?: MemberMemo;
  report(descriptor: ReportDescriptor): void;
}

export interface Rule<Options = Record<string, never>> {
  id: string;
  meta: RuleMeta<Options>;
  check(context: RuleContext<Options>): Visitors | void;
}

// Rules are stored with their option types erased; each rule sees its own type inside `check`.
export type AnyRule = Rule<any>;

export function defineRule<Options = Record<string, never>>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

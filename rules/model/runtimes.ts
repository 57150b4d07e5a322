// Which runtime runs a file (Node, Deno/Supabase, Bun, Cloudflare Workers, Vercel Edge) and what that implies for
// code a fix writes: where the environment comes from, whether `crypto` is a global, whether requests are HTTPS.
// Answered from provenance: the file's own code and imports, then the deployment files of its package. Reads only the
// file and the project settings, never other files, so rules asking it stay file-local (see file-local-analysis.ts).
import * as path from "node:path";
import { ts } from "ts-morph";
import type { ProjectSettings } from "../engine/types.js";
import { closestPackage } from "./project-model.js";
import { unwrapExpression } from "./syntax.js";
import type { FileSummary, RuntimePlatform } from "./types.js";

const denoSpecifier = /^(jsr:|npm:|https?:\/\/)/;

/** Switches a product with a hosted service and self-hosted installs tests to tell them apart, by what they are true on. */
const selfHostedSwitch = /^(IS_SELF_HOSTED|SELF_HOSTED|isSelfHosted)$/;
const hostedSwitch = /^(IS_CLOUD|isCloud)$/;

/**
 * The deployment a condition is true on, by the switch it tests: `IS_CLOUD`, `config.isCloud()` and `!IS_SELF_HOSTED`
 * on the hosted service; `isSelfHosted` and `!IS_CLOUD` on a self-hosted install.
 */
export function deploymentSwitchOf(condition: ts.Expression): "hosted" | "self-hosted" | undefined {
  const tested = unwrapExpression(condition);
  const negated = ts.isPrefixUnaryExpression(tested) && tested.operator === ts.SyntaxKind.ExclamationToken;
  const name = switchName(negated ? tested.operand : tested) ?? "";
  const said = selfHostedSwitch.test(name) ? "self-hosted" : hostedSwitch.test(name) ? "hosted" : undefined;
  if (!negated || said === undefined) return said;
  return said === "hosted" ? "self-hosted" : "hosted";
}

/** `IS_CLOUD`, `env.IS_CLOUD`, `isCloud()`: the switch's name. */
function switchName(expression: ts.Expression): string | undefined {
  const inner = unwrapExpression(expression);
  const named = ts.isCallExpression(inner) && inner.arguments.length === 0 ? unwrapExpression(inner.expression) : inner;
  return ts.isIdentifier(named) ? named.text : ts.isPropertyAccessExpression(named) ? named.name.text : undefined;
}

export function runtimePlatformOf(file: FileSummary, settings: ProjectSettings): RuntimePlatform {
  if (file.platform) return file.platform;
  for (const binding of file.imports) {
    if (binding.module.startsWith("cloudflare:")) return "workers";
    if (binding.module === "bun" || binding.module.startsWith("bun:")) return "bun";
    if (denoSpecifier.test(binding.module)) return "deno";
  }
  if (file.envReads?.some((read) => read.runtime === "deno")) return "deno";
  // A package whose only deployment file is a wrangler config runs on Workers.
  const deployment = closestPackage(settings.deployments, file.filePath);
  if (deployment?.platforms.length === 1 && deployment.platforms[0] === "cloudflare") return "workers";
  return "node";
}

/**
 * The folder a file's scaffolding belongs in (an env module, `.env.example`): its package, the closest folder with a
 * package.json, else the project root. A monorepo root may not even resolve the modules the package uses.
 */
export function scaffoldFolderOf(filePath: string, settings: ProjectSettings): string {
  return closestPackage(settings.packages, filePath)?.packageRoot ?? settings.root;
}

/**
 * The env template of the package that reads the variable, relative to the project root (as FixBuilder paths are): the
 * one it already has (`.env.template`, a workspace's `.env.example` above it), else a new `.env.example` beside it.
 */
export function envExampleFor(filePath: string, settings: ProjectSettings): string {
  const existing = closestPackage(settings.packages, filePath)?.envTemplate;
  return path.relative(settings.root, existing ?? path.join(scaffoldFolderOf(filePath, settings), ".env.example"));
}

/**
 * Variables the platform sets for every deployment on it, without the project declaring them: Supabase's Edge
 * Functions (Deno) get the project's URL, keys and database URL.
 */
const platformSetEnvNames: Partial<Record<RuntimePlatform, ReadonlySet<string>>> = {
  deno: new Set(["SUPABASE_URL", "SUPABASE_ANON_KEY", "SUPABASE_SERVICE_ROLE_KEY", "SUPABASE_DB_URL"]),
};

export function isSetByPlatform(platform: RuntimePlatform, name: string): boolean {
  return platformSetEnvNames[platform]?.has(name) ?? false;
}

/**
 * The variables the `.env.example` of the package at `packageRoot` (a `scaffoldFolderOf`) sets to a value: an install
 * configured from it leaves every other variable unset. Undefined when the package has no such file.
 */
export function envTemplateValuedAt(packageRoot: string, settings: ProjectSettings): readonly string[] | undefined {
  return settings.packages?.find((manifest) => manifest.packageRoot === packageRoot)?.envTemplateValued;
}

/**
 * The package through which React Native apps run the file, when one does: the file's own package depends on
 * `react-native`, or a package of the workspace that does depends on the file's package by name. React Native lacks
 * web APIs a fix may reach for (`AbortSignal.timeout`).
 */
export function reactNativeDependentOf(filePath: string, settings: ProjectSettings): string | undefined {
  const own = closestPackage(settings.packages, filePath);
  if (!own) return undefined;
  const reactNativePackages = (settings.packages ?? []).filter((manifest) => manifest.dependencies.includes("react-native"));
  const dependent = reactNativePackages.find((manifest) => manifest === own || (own.name !== undefined && manifest.dependencies.includes(own.name)));
  return dependent && (path.relative(settings.root, dependent.packageRoot) || ".");
}

/** Edge runtimes answer only over HTTPS (the platform terminates TLS), so a cookie can always be Secure there. */
export function isHttpsOnly(platform: RuntimePlatform): boolean {
  return platform === "deno" || platform === "workers" || platform === "vercel-edge";
}

/**
 * Where code in the file gets a random UUID. The global `crypto` has one in Deno, Bun, Workers, edge runtimes and Node
 * 19 or later; older Node needs its crypto module, which has `randomUUID` from 14.17 (taken as 15: a range names
 * majors) and answers to `node:crypto` in `require` from 16. A package whose `engines.node` admits an older Node gets
 * what that Node has, and one whose `@types/node` is older gets what those declarations name; one that names none (nor
 * its workspace, version file, Dockerfile or CI config) gets `randomBytes`, which every Node has. None for code React
 * Native apps also run: they have neither the module nor `crypto.randomUUID`.
 */
export type RandomUuidSource = { kind: "global" } | { kind: "module"; specifier: "crypto" | "node:crypto"; hasRandomUuid: boolean };

export function randomUuidSourceOf(file: FileSummary, settings: ProjectSettings): RandomUuidSource | undefined {
  if (runtimePlatformOf(file, settings) !== "node") return { kind: "global" };
  if (reactNativeDependentOf(file.filePath, settings)) return undefined;
  const lowest = lowestNodeMajorOf(file.filePath, settings);
  // Nothing names a version: the code may predate even `randomUUID`.
  if (lowest === Infinity) return { kind: "module", specifier: "crypto", hasRandomUuid: false };
  if (lowest >= 19) return { kind: "global" };
  return { kind: "module", specifier: lowest >= 16 ? "node:crypto" : "crypto", hasRandomUuid: lowest >= 15 };
}

/**
 * The oldest Node major the package holding `filePath` admits: its `engines.node` (or its workspace's, version file's,
 * Dockerfile's or CI config's), or its `@types/node`, since code typed against an older Node's declarations must not name what
 * they lack, whatever runs it. Infinity when nothing names one.
 */
export function lowestNodeMajorOf(filePath: string, settings: ProjectSettings): number {
  const own = closestPackage(settings.packages, filePath);
  return Math.min(...[own?.nodeEngine, own?.nodeTypes].map((range) => (range === undefined ? Infinity : lowestNodeMajor(range))));
}

/** The lowest major version a semver range names (`">=18.17"` → 18, `"^20 || ^22"` → 20). */
function lowestNodeMajor(range: string): number {
  const majors = [...range.matchAll(/(?:^|[\s|>=^~v])(\d+)/g)].map((match) => Number(match[1]));
  return majors.length > 0 ? Math.min(...majors) : Infinity;
}

/**
 * How code at `node` reads the environment variable `name`: `process.env` on Node, Bun and Vercel Edge,
 * `Deno.env.get` on Deno, and on Workers the binding in scope (a fetch handler's `env`, Hono's `c.env`). Undefined
 * on Workers where no binding is in scope (module scope), where there is nothing to read it from.
 */
export function envReadAt(node: ts.Node, name: string, platform: RuntimePlatform): string | undefined {
  if (platform === "deno") return `Deno.env.get("${name}")`;
  if (platform !== "workers") return `process.env.${name}`;
  const bindings = workersEnvBindingAt(node);
  return bindings && `${bindings}.${name}`;
}

/** `env` when an enclosing function takes a parameter of that name, `c.env` inside a Hono handler taking `c`. */
export function workersEnvBindingAt(node: ts.Node): string | undefined {
  for (let current: ts.Node | undefined = node.parent; current; current = current.parent) {
    if (!ts.isFunctionLike(current)) continue;
    for (const parameter of current.parameters) {
      if (ts.isIdentifier(parameter.name) && parameter.name.text === "env") return "env";
      if (ts.isObjectBindingPattern(parameter.name) && parameter.name.elements.some((element) => ts.isIdentifier(element.name) && element.name.text === "env" && !element.propertyName)) return "env";
    }
    const first = current.parameters[0];
    if (first && ts.isIdentifier(first.name) && /^(c|ctx|context)$/.test(first.name.text) && isHonoHandler(current)) return `${first.name.text}.env`;
  }
  return undefined;
}

/** A function handed to a Hono app or router (`app.get("/", (c) => ...)`, `app.use(async (c, next) => ...)`). */
function isHonoHandler(fn: ts.SignatureDeclaration): boolean {
  const call = fn.parent;
  if (!ts.isCallExpression(call) || !call.arguments.includes(fn as ts.Expression)) return false;
  const source = fn.getSourceFile();
  return source.statements.some((statement) => ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier) && /^hono(\/|$)/.test(statement.moduleSpecifier.text));
}

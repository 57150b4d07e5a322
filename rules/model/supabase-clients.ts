// Supabase clients made with the service-role key (or a new-style secret key), which bypass row-level security: where
// they are created, the module-level names and factories that hold them, and reads of the key's variable. The key is
// known by provenance — the environment variable it is read from, or a config property named for it — never by value.
// Records data only; rules judge it.
import { ts } from "ts-morph";
import type { Span } from "../engine/types.js";
import type { Extractor } from "./summarize.js";
import { envNameOf } from "./env-reads.js";
import { isSecretName } from "./secrets.js";
import { calleeModuleOf, constInitializerOf, findDeclaration, isFunctionLike, isPropertyName, packageOf, propertyNamed, spanOf, unwrapExpression, type FunctionLike } from "./syntax.js";
import type { FileSummary } from "./types.js";

const { SyntaxKind } = ts;

const supabaseModules = /^@supabase\/(supabase-js|ssr)$/;
const clientFactories = /^(createClient|createServerClient|createBrowserClient)$/;
/** `SUPABASE_SERVICE_ROLE_KEY`, `SERVICE_ROLE_JWT`, `SUPABASE_SECRET_KEY`, `supabaseServiceRoleKey`: the key that bypasses RLS. */
const serviceRoleName = /service_?role_?(key|jwt|token|secret)|supabase_?(service|secret|admin)_?(role_?)?key/i;
/** Prefixes bundlers inline into browser code (Next.js, Vite, SvelteKit/Astro, Expo, Create React App, Nuxt, Gatsby, Vue CLI). */
export const publicEnvPrefix = /^(NEXT_PUBLIC_|VITE_|PUBLIC_|EXPO_PUBLIC_|REACT_APP_|NUXT_PUBLIC_|GATSBY_|VUE_APP_)/;

export interface ServiceRoleClientSummary {
  /** The `createClient(url, serviceRoleKey)` call. */
  span: Span;
  /** The module-level `const` it is bound to, when it is (`export const supabaseAdmin = createClient(...)`). */
  bound?: string;
  /** The named function that creates and returns it (`export function createAdminClient() { return createClient(...) }`). */
  factory?: string;
}

export interface ServiceRoleKeyReadSummary {
  /** The variable as read: `SUPABASE_SERVICE_ROLE_KEY`. */
  name: string;
  span: Span;
}

export interface SupabaseServiceRoleSummary {
  clients: ServiceRoleClientSummary[];
  keyReads: ServiceRoleKeyReadSummary[];
}

export function isServiceRoleName(name: string): boolean {
  return serviceRoleName.test(name);
}

export const supabaseServiceRole: Extractor = {
  kinds: [SyntaxKind.CallExpression, SyntaxKind.PropertyAccessExpression, SyntaxKind.ElementAccessExpression],
  textHint: /service_?role|supabase_?(service|secret|admin)/i,
  visit(node, { summary }) {
    const envName = envVariableOf(node);
    if (envName !== undefined) {
      if (isServiceRoleName(envName)) serviceRoleOf(summary).keyReads.push({ name: envName, span: spanOf(node) });
      return;
    }
    if (!ts.isCallExpression(node) || !isSupabaseClientFactory(node)) return;
    const key = node.arguments[1];
    if (!key || !isServiceRoleKey(key)) return;
    serviceRoleOf(summary).clients.push({ span: spanOf(node), ...holderOf(node) });
  },
};

function serviceRoleOf(summary: FileSummary): SupabaseServiceRoleSummary {
  return (summary.supabaseServiceRole ??= { clients: [], keyReads: [] });
}

/** `process.env.X`, `Deno.env.get("X")` and Vite's `import.meta.env.X`. */
export function envVariableOf(node: ts.Node): string | undefined {
  const name = envNameOf(node);
  if (name !== undefined) return name;
  if (ts.isPropertyAccessExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "env" && ts.isMetaProperty(node.expression.expression)) return node.name.text;
  return undefined;
}

/** `createClient` / `createServerClient` from @supabase/supabase-js or @supabase/ssr (also by `npm:` or CDN URL in Deno). */
export function isSupabaseClientFactory(call: ts.CallExpression): boolean {
  const { module, member } = calleeModuleOf(call.expression);
  const name = member || (ts.isIdentifier(call.expression) ? call.expression.text : "");
  return !!module && supabaseModules.test(packageOf(module)) && clientFactories.test(name);
}

/** The key argument comes from a service-role variable: read in place, through a `const`, or a config property named for it. */
export function isServiceRoleKey(argument: ts.Expression): boolean {
  const value = unwrapKey(argument);
  const envName = envVariableOf(value);
  if (envName !== undefined) return isServiceRoleName(envName);
  if (ts.isPropertyAccessExpression(value)) return isServiceRoleName(value.name.text);
  if (ts.isIdentifier(value)) {
    const initializer = constInitializerOf(value);
    if (initializer) return isServiceRoleKey(initializer);
    return isServiceRoleName(value.text);
  }
  return false;
}

/** `process.env.KEY!`, `process.env.KEY ?? ""`, `process.env.KEY as string`: the read itself. */
function unwrapKey(argument: ts.Expression): ts.Expression {
  let value = unwrapExpression(argument);
  while (ts.isBinaryExpression(value) && (value.operatorToken.kind === SyntaxKind.QuestionQuestionToken || value.operatorToken.kind === SyntaxKind.BarBarToken)) value = unwrapExpression(value.left);
  return ts.isNonNullExpression(value) ? unwrapExpression(value.expression) : value;
}

/** The module-level const or the named function that holds the client, so other files can find it by name. */
function holderOf(call: ts.CallExpression): Pick<ServiceRoleClientSummary, "bound" | "factory"> {
  let node: ts.Node = call;
  while (ts.isAwaitExpression(node.parent) || ts.isParenthesizedExpression(node.parent) || ts.isAsExpression(node.parent) || ts.isNonNullExpression(node.parent)) node = node.parent;
  const parent = node.parent;
  const declaration = ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name) ? parent : undefined;
  if (declaration && ts.isVariableStatement(declaration.parent.parent) && ts.isSourceFile(declaration.parent.parent.parent)) return { bound: (declaration.name as ts.Identifier).text };
  // `function createAdmin() { return createClient(...) }`, `const createAdmin = () => createClient(...)`.
  for (let current: ts.Node | undefined = call.parent; current; current = current.parent) {
    if (!isFunctionLike(current)) continue;
    if (ts.isFunctionDeclaration(current) && current.name) return { factory: current.name.text };
    if (ts.isVariableDeclaration(current.parent) && ts.isIdentifier(current.parent.name)) return { factory: current.parent.name.text };
    return {};
  }
  return {};
}

/**
 * A handler that can act only as its caller: it builds a Supabase client with a key that is not the service role's
 * and the request's own `Authorization` header (`createClient(url, anonKey, { global: { headers: { authorization } }
 * })`), so row-level security scopes every read and write to whoever the caller is (an anonymous one sees and changes
 * what the policies give anon), and neither it nor a module-level value it uses reads a secret from the environment
 * (an AI provider's key, the service-role key): it holds no authority of the project's own to spend. Undefined when not;
 * else the names it uses that are imported, whose modules the link step checks the same way.
 */
export function callerScopedImports(handler: FunctionLike): string[] | undefined {
  const request = handler.parameters[0];
  if (!handler.body || !request || !ts.isIdentifier(request.name) || !buildsCallerClient(handler.body, request.name.text)) return undefined;
  const imported = new Set<string>();
  const seen = new Set<ts.Node>();
  let secret = false;
  const readsSecret = (root: ts.Node): boolean => {
    let found = false;
    const visit = (node: ts.Node): void => {
      if (found) return;
      const name = envVariableOf(node);
      if (name !== undefined && isSecretName(name)) found = true;
      else ts.forEachChild(node, visit);
    };
    visit(root);
    return found;
  };
  const visit = (node: ts.Node): void => {
    if (secret) return;
    const name = envVariableOf(node);
    if (name !== undefined) {
      secret = isSecretName(name);
      return;
    }
    const declaration = ts.isIdentifier(node) && !isPropertyName(node) ? findDeclaration(node.text, node) : undefined;
    if (declaration && !seen.has(declaration)) {
      seen.add(declaration);
      if (ts.isImportClause(declaration) || ts.isImportSpecifier(declaration) || ts.isNamespaceImport(declaration)) imported.add((node as ts.Identifier).text);
      // A module-level value or function the handler uses (`const openai = new OpenAI({ apiKey: Deno.env.get("OPENAI_API_KEY") })`).
      else if (isModuleLevel(declaration)) secret = readsSecret(declaration);
    }
    ts.forEachChild(node, visit);
  };
  visit(handler.body);
  return secret ? undefined : [...imported];
}

/** `const x = ...` or `function f() {...}` declared at the top of its module. */
function isModuleLevel(declaration: ts.Node): boolean {
  if (ts.isFunctionDeclaration(declaration)) return ts.isSourceFile(declaration.parent);
  return ts.isVariableDeclaration(declaration) && ts.isVariableStatement(declaration.parent.parent) && ts.isSourceFile(declaration.parent.parent.parent);
}

/** A Supabase client made in `body` with a key that is not the service role's, carrying the request's `Authorization` header. */
function buildsCallerClient(body: ts.Node, requestName: string): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(node) && isSupabaseClientFactory(node)) {
      const [, key, options] = node.arguments;
      const headers = options && propertyNamed(propertyValue(propertyNamed(unwrapExpression(options), "global")), "headers");
      const object = propertyValue(headers);
      const authorization = object && ts.isObjectLiteralExpression(object) ? object.properties.find((property) => property.name && ts.isIdentifier(property.name) && /^authorization$/i.test(property.name.text)) : undefined;
      if (key && !isServiceRoleKey(key) && authorization && readsAuthorizationHeader(propertyValue(authorization), requestName)) found = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(body);
  return found;
}

/** The value of `key: value` or of a shorthand `key`. */
function propertyValue(property: ts.ObjectLiteralElementLike | undefined): ts.Expression | undefined {
  if (property && ts.isPropertyAssignment(property)) return unwrapExpression(property.initializer);
  return property && ts.isShorthandPropertyAssignment(property) ? property.name : undefined;
}

/** `req.headers.get("Authorization")`, in place or through the const it was read into, maybe with a fallback (`?? ""`). */
function readsAuthorizationHeader(value: ts.Expression | undefined, requestName: string): boolean {
  let read = value && unwrapKey(value);
  if (read && ts.isIdentifier(read)) read = constInitializerOf(read);
  read = read && unwrapKey(read);
  if (!read || !ts.isCallExpression(read) || !ts.isPropertyAccessExpression(read.expression) || read.expression.name.text !== "get") return false;
  const headers = unwrapExpression(read.expression.expression);
  const argument = read.arguments[0];
  return (
    ts.isPropertyAccessExpression(headers) && headers.name.text === "headers" && ts.isIdentifier(headers.expression) && headers.expression.text === requestName &&
    !!argument && ts.isStringLiteralLike(argument) && /^authorization$/i.test(argument.text)
  );
}

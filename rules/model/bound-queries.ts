// Query-builder comparisons whose compared value is sent as a bound parameter: whatever the client put there (a
// string, a number, a list, an object), it is one value the database compares a column with, never part of the
// query's text or shape. A wrong type fails the comparison or the query, nothing more. Records facts; rules judge.
import { ts } from "ts-morph";
import { constInitializerOf, packageOf, unwrapExpression } from "./syntax.js";
import { isSupabaseClientFactory } from "./supabase-clients.js";

/**
 * drizzle-orm's comparison operators (`eq(users.id, id)`): the value is a placeholder of the prepared statement.
 * `like`/`ilike` are left out: a `%` in the value widens what matches.
 */
const drizzleComparisons = new Set(["eq", "ne", "gt", "gte", "lt", "lte"]);

/** supabase-js filters (`.eq("id", id)`): postgrest-js writes `id=eq.<value>` as one URL-encoded search parameter. */
const supabaseFilters = new Set(["eq", "neq", "gt", "gte", "lt", "lte"]);

/** Where a name of the file comes from when it is a package's export, through the project's own re-exports. */
export type LibraryExportOf = (name: string) => { module: string; imported: string } | undefined;

/** `value` is the compared value of a query builder's comparison `call`, bound as a parameter (see above). */
export function isBoundComparisonValue(call: ts.CallExpression, value: ts.Node, libraryExportOf: LibraryExportOf | undefined): boolean {
  if (call.arguments[1] !== value || call.arguments.length !== 2) return false;
  const callee = unwrapExpression(call.expression);
  if (ts.isIdentifier(callee)) {
    const origin = libraryExportOf?.(callee.text);
    return !!origin && /^drizzle-orm(\/|$)/.test(packageOf(origin.module)) && drizzleComparisons.has(origin.imported);
  }
  return ts.isPropertyAccessExpression(callee) && supabaseFilters.has(callee.name.text) && isSupabaseQuery(callee.expression);
}

/** `supabase.from("documents").select().eq(...)`: a chain that starts with `.from(...)` on a client the file makes. */
function isSupabaseQuery(receiver: ts.Expression): boolean {
  let node = unwrapExpression(receiver);
  while (ts.isCallExpression(node) && ts.isPropertyAccessExpression(unwrapExpression(node.expression))) {
    const member = unwrapExpression(node.expression) as ts.PropertyAccessExpression;
    const owner = unwrapExpression(member.expression);
    if (member.name.text === "from" && ts.isIdentifier(owner)) return isSupabaseClient(owner);
    node = owner;
  }
  return false;
}

function isSupabaseClient(name: ts.Identifier): boolean {
  let initializer = constInitializerOf(name);
  if (initializer && ts.isAwaitExpression(initializer)) initializer = unwrapExpression(initializer.expression);
  return !!initializer && ts.isCallExpression(initializer) && isSupabaseClientFactory(initializer);
}

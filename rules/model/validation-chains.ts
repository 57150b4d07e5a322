// express-validator chains and the inputs they check (`body("email").isEmail()` checks the body). The project may keep
// them under names, handed to a chain runner later: a const holding a chain or a list of them, or a function returning
// one (`const shortId = (key) => check(key).custom(isShortId)`); the extractor records those. Reads no request handler.
import { ts } from "ts-morph";
import type { Extractor } from "./summarize.js";
import type { RequestInputSource } from "./request-inputs.js";
import { dottedName, findDeclaration, importedModuleOf, isFunctionLike, returnedExpressions, unwrapExpression, type FunctionLike } from "./syntax.js";

export type ChainSource = RequestInputSource | "all";

/** express-validator's chain builders and the input each checks (`check` and the schema forms look everywhere). */
export const expressValidatorChains: Readonly<Record<string, ChainSource>> = {
  body: "body",
  query: "query",
  param: "params",
  header: "headers",
  check: "all",
  checkSchema: "all",
  checkExact: "all",
  oneOf: "all",
};

export interface ChainReader {
  /** The express-validator builder a chain's first call names (`body`), through the caller's view of imports. */
  builderOf(start: ts.Identifier): string | undefined;
  /** The inputs the chains the project keeps under `name` check. */
  named(name: string, depth: number): readonly ChainSource[] | undefined;
}

/**
 * The inputs the chains `expression` holds check: a chain, a list of chains (spreads included), a name holding them or
 * a call of a function returning one. Other values (middleware mixed into the list) check nothing.
 */
export function chainSourcesOf(expression: ts.Expression, reader: ChainReader, depth = 0): ChainSource[] {
  const value = unwrapExpression(expression);
  if (depth > 4) return [];
  if (ts.isArrayLiteralExpression(value)) return value.elements.flatMap((element) => chainSourcesOf(ts.isSpreadElement(element) ? element.expression : element, reader, depth + 1));
  const root = rootCall(value);
  const start = root ? unwrapExpression(root.expression) : value;
  const builder = root && ts.isIdentifier(start) ? reader.builderOf(start) : undefined;
  if (builder !== undefined) return expressValidatorChains[builder] ? [expressValidatorChains[builder]!] : [];
  const name = ts.isIdentifier(start) || ts.isPropertyAccessExpression(start) ? dottedName(start) : undefined;
  return [...((name !== undefined && reader.named(name, depth + 1)) || [])];
}

/** `body("email").isEmail().trim()` → `body("email")`: the call a chain starts with. */
function rootCall(value: ts.Expression): ts.CallExpression | undefined {
  let current = value;
  let root: ts.CallExpression | undefined;
  while (ts.isCallExpression(current) || ts.isPropertyAccessExpression(current)) {
    if (ts.isCallExpression(current)) root = current;
    current = unwrapExpression(current.expression);
  }
  return root && ts.isIdentifier(unwrapExpression(root.expression)) ? root : undefined;
}

const chainsText = /express-validator/;

/** Top-level consts holding chains and functions returning one (see `FileSummary.validationChains`). */
export const validationChains: Extractor = {
  kinds: [ts.SyntaxKind.VariableStatement, ts.SyntaxKind.FunctionDeclaration],
  textHint: chainsText,
  visit(node, { summary }) {
    if (!ts.isSourceFile(node.parent)) return;
    const kept = ts.isFunctionDeclaration(node) ? (node.name ? [{ name: node.name.text, value: node as ts.Node }] : []) : constValues(node as ts.VariableStatement);
    for (const { name, value } of kept) {
      const sources = isFunctionLike(value) ? factorySources(value) : chainSourcesOf(value as ts.Expression, localReader(value));
      if (sources.length > 0) (summary.validationChains ??= []).push({ name, sources: [...new Set(sources)] });
    }
  },
};

function constValues(statement: ts.VariableStatement): Array<{ name: string; value: ts.Node }> {
  if (!(statement.declarationList.flags & ts.NodeFlags.Const)) return [];
  return statement.declarationList.declarations.flatMap((declaration) =>
    ts.isIdentifier(declaration.name) && declaration.initializer ? [{ name: declaration.name.text, value: unwrapExpression(declaration.initializer) }] : [],
  );
}

/** A function returning one chain (or a list): the inputs it checks. */
function factorySources(factory: FunctionLike): ChainSource[] {
  const returned = returnedExpressions(factory);
  return returned?.length === 1 ? chainSourcesOf(returned[0]!, localReader(factory)) : [];
}

/** Chains as this file sees them: builders imported from express-validator, names held by this file's consts. */
function localReader(from: ts.Node): ChainReader {
  const reader: ChainReader = {
    builderOf: (start) => (importedModuleOf(start.text, start) === "express-validator" ? start.text : undefined),
    named(name, depth) {
      const found = name.includes(".") ? undefined : findDeclaration(name, from);
      const declaration = found && ts.isVariableDeclaration(found) ? found : undefined;
      const isConst = !!declaration && ts.isVariableDeclarationList(declaration.parent) && (declaration.parent.flags & ts.NodeFlags.Const) !== 0;
      return isConst && declaration.initializer ? chainSourcesOf(declaration.initializer, reader, depth) : undefined;
    },
  };
  return reader;
}

// Constant tables: module-level names bound to a fixed table of plain literals (`export const AuthErrorCode = {
// EXPIRED_TOKEN: "EXPIRED_TOKEN" as const }`, an `enum` whose members are literals), or to one plain string literal
// (`export const QUEUE_PURGE_TOKENS = "purgeTokens"`). A member read from one, or the constant, is a code written in the
// source, whatever its name says (`AuthErrorCode.TOKEN_RENEW_FAILED`), so no credential. Records facts only.
import { ts } from "ts-morph";
import type { Extractor } from "./summarize.js";
import { findSecretFormat, isWeakSecret, looksRandom } from "./secrets.js";
import { unwrapExpression } from "./syntax.js";

const { SyntaxKind } = ts;

export const constantTables: Extractor = {
  kinds: [SyntaxKind.VariableDeclaration, SyntaxKind.EnumDeclaration],
  visit(node, { summary }) {
    if (ts.isEnumDeclaration(node)) {
      if (ts.isSourceFile(node.parent) && node.members.every((member) => !member.initializer || isPlainLiteral(member.initializer))) (summary.constantTables ??= []).push(node.name.text);
      return;
    }
    const declaration = node as ts.VariableDeclaration;
    const list = declaration.parent;
    if (!ts.isIdentifier(declaration.name) || !declaration.initializer || !(list.flags & ts.NodeFlags.Const) || !ts.isSourceFile(list.parent.parent)) return;
    const table = unwrapExpression(declaration.initializer);
    if (ts.isStringLiteralLike(table)) {
      if (isPlainLiteral(table) && !isWeakSecret(table.text)) (summary.literalCodes ??= []).push(declaration.name.text);
      return;
    }
    if (!ts.isObjectLiteralExpression(table) || table.properties.length === 0) return;
    if (table.properties.every((property) => ts.isPropertyAssignment(property) && isPlainLiteral(property.initializer))) (summary.constantTables ??= []).push(declaration.name.text);
  },
};

/** A string or number literal (`"EXPIRED_TOKEN" as const` too) that is no key or random value itself. */
function isPlainLiteral(expression: ts.Expression): boolean {
  const value = unwrapExpression(expression);
  if (ts.isNumericLiteral(value)) return true;
  return ts.isStringLiteralLike(value) && !looksRandom(value.text) && !findSecretFormat(value.text);
}

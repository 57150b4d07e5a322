// Routes public by the project's own word, where no decorator says it: a chain member the project names for public
// access (`publicMiddleware`, beside its `protectedMiddleware`), or a comment on the route, its handler or the app it
// is registered on that says its endpoints are public on purpose. A reviewer takes the author's word for intent; what
// the route then does (rate limits, validation) is still checked by the other rules.
import { ts } from "ts-morph";
import { findDeclaration, unwrapExpression } from "./syntax.js";

const publicWord = /^(public|anonymous|unauthenticated)$/;
/** Words that may follow the public word in a marker's name; anything else (`publicApiKeyAuth`) may be a guard of its own. */
const markerTail = /^(middlewares?|routes?|procedure|handlers?|endpoints?|access|chain|stack|hooks?|plugin)$/;

/** `publicMiddleware`, `PublicRoute`, `public_route`, `api.public`: a chain member named for letting anyone in. */
export function namesPublicAccess(name: string): boolean {
  const last = name.split(".").pop() ?? "";
  const words = last
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[\s_-]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
  return words.length > 0 && publicWord.test(words[0]!) && words.slice(1).every((word) => markerTail.test(word));
}

/**
 * "Plugin endpoints are intentionally public", "public by design", "no auth required", "does not require
 * authentication": a sentence that says access is open on purpose, not a mention of public data.
 */
const publicOnPurpose =
  /\b(public|unauthenticated|anonymous)\b[^.;\n]{0,60}\b(by design|intentional(ly)?|deliberate(ly)?|on purpose)\b|\b(intentional(ly)?|deliberate(ly)?|by design)\b[^.;\n]{0,30}\b(public|unauthenticated|anonymous)\b|\bno auth(entication)? (is )?(required|needed)\b|\b(does not|doesn't|do not|don't) (require|need) (any )?(auth|authentication|a session|login)\b/i;

/**
 * A comment before the route's registration statement, or before the statement that declares the app or router it is
 * registered on (`// these endpoints are intentionally public` above `const app = new Hono()`), says so.
 */
export function declaredPublicByComment(registration: ts.Node, owner: ts.Expression | undefined): boolean {
  const statements = [enclosingStatement(registration)];
  const root = owner && rootIdentifier(owner);
  const declaration = root && findDeclaration(root.text, root);
  if (declaration && ts.isVariableDeclaration(declaration)) statements.push(enclosingStatement(declaration));
  return statements.some((statement) => !!statement && leadingCommentText(statement).some((text) => publicOnPurpose.test(text.replace(/\s*\n\s*(\/\/|\*)?\s*/g, " "))));
}

function rootIdentifier(expression: ts.Expression): ts.Identifier | undefined {
  let receiver = unwrapExpression(expression);
  while (ts.isPropertyAccessExpression(receiver) || ts.isCallExpression(receiver)) receiver = unwrapExpression(receiver.expression);
  return ts.isIdentifier(receiver) ? receiver : undefined;
}

function enclosingStatement(node: ts.Node): ts.Statement | undefined {
  let current: ts.Node | undefined = node;
  while (current && !ts.isStatement(current)) current = current.parent;
  return current;
}

/** The comments right before `statement`, joined into one text when they form a run of line comments. */
function leadingCommentText(statement: ts.Statement): string[] {
  const text = statement.getSourceFile().text;
  const ranges = ts.getLeadingCommentRanges(text, statement.getFullStart()) ?? [];
  return ranges.length === 0 ? [] : [ranges.map((range) => text.slice(range.pos, range.end)).join("\n")];
}

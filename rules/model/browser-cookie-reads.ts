// Cookies a file reads from the browser's cookie jar: `Cookies.get("jwt")` of js-cookie (or of a jar a project module
// makes from it), `getCookie("jwt")` of cookies-next with no request handed to it, names parsed out of `document.cookie` (`"jwt="` beside the read), and the names handed to a function
// that parses `document.cookie` for its parameter (`getCookie("jwt")`). A cookie script must read cannot be HttpOnly:
// the project model keeps the names read by browser code, so a fix that adds HttpOnly to such a cookie is only offered.
import { ts } from "ts-morph";
import { browserCookieReadText } from "./project-wide-hints.js";
import type { Extractor } from "./summarize.js";
import { calleeModuleOf, enclosingFunction, functionName, stringValue, type FunctionLike } from "./syntax.js";

const cookieJarModules = new Set(["js-cookie"]);
const cookiesNextReads = new Set(["getCookie", "hasCookie"]);
/** A literal that names a cookie inside a parsed `document.cookie`: `"jwt="`, or the name a `split("=")` pair is compared with. */
const cookiePairPrefix = /^([\w.-]+)=$/;
/** Text of a file that reads a cookie: besides a jar's own text, `.get("name")` on a jar another module of the project makes. */
const cookieReadText = new RegExp(`${browserCookieReadText.source}|\\.get\\(\\s*["'\`]`);

export const browserCookieReads: Extractor = {
  kinds: [ts.SyntaxKind.CallExpression, ts.SyntaxKind.PropertyAccessExpression],
  textHint: cookieReadText,
  visit(node, { summary }) {
    addCookiesReadAt(node, (name) => {
      const names = (summary.browserCookieReads ??= []);
      if (!names.includes(name)) names.push(name);
    });
    const imported = ts.isCallExpression(node) ? getOnImportedBinding(node) : undefined;
    if (imported) (summary.importedJarReads ??= []).push(imported);
  },
};

/**
 * `Cookies.get("token")` where `Cookies` is imported from a module of the project: a cookie read when that module
 * makes its jar from js-cookie (`export let Cookies = jsCookie.withAttributes(…)`), which the project model decides.
 */
function getOnImportedBinding(call: ts.CallExpression): { module: string; imported: string; cookie: string } | undefined {
  if (!ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== "get" || !ts.isIdentifier(call.expression.expression)) return undefined;
  const cookie = stringValue(call.arguments[0]);
  const receiver = call.expression.expression;
  const { module, member } = calleeModuleOf(receiver);
  if (cookie === undefined || !module || module === receiver.text || cookieJarModules.has(module)) return undefined;
  return { module, imported: member || "default", cookie };
}

/**
 * The cookie names a component's `<script>` block reads (a Vue or Svelte single-file component, browser code by
 * definition, which the project's TypeScript program does not hold). Parsed only when its text names a cookie jar.
 */
export function cookiesReadByComponentScript(fileName: string, script: string): string[] {
  if (!browserCookieReadText.test(script)) return [];
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    addCookiesReadAt(node, (name) => names.add(name));
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(fileName, script, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS));
  return [...names];
}

function addCookiesReadAt(node: ts.Node, add: (name: string) => void): void {
  if (ts.isCallExpression(node)) {
    const { module, member } = calleeModuleOf(node.expression);
    // cookies-next reads the browser's jar unless it is handed a request (`getCookie("jwt", { req, res })`).
    const jarRead = module === "cookies-next" && cookiesNextReads.has(member) && node.arguments.length === 1 ? stringValue(node.arguments[0]) : undefined;
    if (jarRead !== undefined) add(jarRead);
    if (!ts.isPropertyAccessExpression(node.expression) || node.expression.name.text !== "get") return;
    const name = stringValue(node.arguments[0]);
    if (name !== undefined && cookieJarModules.has(calleeModuleOf(node.expression).module ?? "")) add(name);
  } else if (ts.isPropertyAccessExpression(node) && node.name.text === "cookie" && ts.isIdentifier(node.expression) && node.expression.text === "document") {
    const parser = enclosingFunction(node);
    const scope = parser ?? node.getSourceFile();
    const visit = (child: ts.Node): void => {
      const prefix = ts.isStringLiteralLike(child) ? cookiePairPrefix.exec(child.text) : null;
      if (prefix) add(prefix[1]!);
      ts.forEachChild(child, visit);
    };
    visit(scope);
    if (parser) for (const name of namesHandedToCookieParser(parser)) add(name);
  }
}

/**
 * `function getCookie(name) { … document.cookie.split(`; ${name}=`) … }`: the literal names this file's calls hand to
 * the parameter the function looks for before `=`.
 */
function namesHandedToCookieParser(parser: FunctionLike): string[] {
  const name = functionName(parser);
  const index = parser.parameters.findIndex((parameter) => ts.isIdentifier(parameter.name) && isLookedUpByName(parser, parameter.name.text));
  if (!name || index < 0) return [];
  const names: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === name) {
      const cookie = stringValue(node.arguments[index]);
      if (cookie !== undefined) names.push(cookie);
    }
    ts.forEachChild(node, visit);
  };
  visit(parser.getSourceFile());
  return names;
}

/** A template in `parser` that puts `parameter` right before `=`: `${name}=`. */
function isLookedUpByName(parser: FunctionLike, parameter: string): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (ts.isTemplateSpan(node) && ts.isIdentifier(node.expression) && node.expression.text === parameter && node.literal.text.startsWith("=")) found = true;
    else if (!found) ts.forEachChild(node, visit);
  };
  visit(parser);
  return found;
}

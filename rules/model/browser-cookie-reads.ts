// Cookies a file reads from the browser's cookie jar: `Cookies.get("jwt")` of js-cookie, and names parsed out of
// `document.cookie` (`"jwt="` beside the read). A cookie script must read cannot be HttpOnly: the project model keeps
// the names read by browser code, so a fix that adds HttpOnly to such a cookie is only offered.
import { ts } from "ts-morph";
import { browserCookieReadText } from "./project-wide-hints.js";
import type { Extractor } from "./summarize.js";
import { calleeModuleOf, enclosingFunction, stringValue } from "./syntax.js";

const cookieJarModules = new Set(["js-cookie"]);
/** A literal that names a cookie inside a parsed `document.cookie`: `"jwt="`, or the name a `split("=")` pair is compared with. */
const cookiePairPrefix = /^([\w.-]+)=$/;

export const browserCookieReads: Extractor = {
  kinds: [ts.SyntaxKind.CallExpression, ts.SyntaxKind.PropertyAccessExpression],
  textHint: browserCookieReadText,
  visit(node, { summary }) {
    addCookiesReadAt(node, (name) => {
      const names = (summary.browserCookieReads ??= []);
      if (!names.includes(name)) names.push(name);
    });
  },
};

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
    if (!ts.isPropertyAccessExpression(node.expression) || node.expression.name.text !== "get") return;
    const name = stringValue(node.arguments[0]);
    if (name !== undefined && cookieJarModules.has(calleeModuleOf(node.expression).module ?? "")) add(name);
  } else if (ts.isPropertyAccessExpression(node) && node.name.text === "cookie" && ts.isIdentifier(node.expression) && node.expression.text === "document") {
    const scope = enclosingFunction(node) ?? node.getSourceFile();
    const visit = (child: ts.Node): void => {
      const prefix = ts.isStringLiteralLike(child) ? cookiePairPrefix.exec(child.text) : null;
      if (prefix) add(prefix[1]!);
      ts.forEachChild(child, visit);
    };
    visit(scope);
  }
}

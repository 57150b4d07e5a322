// insecure-cookie: session and credential cookies written without HttpOnly, Secure or SameSite. Reads the cookie
// writes the app-config model records (res.cookie, Next.js cookies(), Set-Cookie headers, session middleware).
import { ts } from "ts-morph";
import { defineRule, type RuleContext } from "./engine/types.js";
import type { FixBuilder } from "./engine/fix-builder.js";
import { isHttpsOnly, runtimePlatformOf } from "./model/runtimes.js";
import { findNodeBySpan } from "./model/syntax.js";
import type { CookieFlag, CookieWriteSummary } from "./model/types.js";

const flagAttributes: Record<CookieFlag, string> = { httpOnly: "HttpOnly", secure: "Secure", sameSite: "SameSite=Lax" };

export default defineRule({
  id: "insecure-cookie",
  meta: {
    category: "security",
    severity: "warn",
    needsTypes: false,
    fix: "safe",
    summary: "Session and credential cookies must be HttpOnly, Secure and SameSite.",
    fixTitle: "Add the missing cookie flags",
    messages: {
      cookie: "Cookie `{{name}}` is set without {{missing}}: {{consequence}}",
      session: "`{{name}}` issues its session cookie without {{missing}}: {{consequence}}",
    },
  },
  check(ctx) {
    return {
      onEnd() {
        for (const cookie of ctx.file.appConfig?.cookies ?? []) reportCookie(cookie, ctx);
      },
    };
  },
});

function reportCookie(cookie: CookieWriteSummary, ctx: RuleContext<Record<string, never>>): void {
  // The project's own browser code reads this cookie (js-cookie, `document.cookie`): HttpOnly would hide it from that
  // code and break the page, so it is only offered; the other flags are still applied.
  const readByScript = cookie.name !== undefined && cookie.missing.includes("httpOnly") && ctx.project.cookiesReadByBrowserCode().has(cookie.name);
  const applied = readByScript ? cookie.missing.filter((flag) => flag !== "httpOnly") : cookie.missing;
  const fix = applied.length > 0 ? flagFix({ ...cookie, missing: applied }, ctx) : undefined;
  const withHttpOnly = readByScript ? flagFix(cookie, ctx) : undefined;
  ctx.report({
    span: cookie.span,
    messageId: cookie.kind === "session-middleware" ? "session" : "cookie",
    data: { name: cookie.name ?? "session", missing: cookie.missing.map((flag) => `\`${flagAttributes[flag].replace("=Lax", "")}\``).join(", "), consequence: consequenceOf(cookie.missing) },
    ...(fix ? { fix } : {}),
    ...(withHttpOnly
      ? { suggestions: [{ title: "Add the missing cookie flags, HttpOnly included", apply: (edit: FixBuilder) => withHttpOnly(edit.offerAsSuggestion(`the browser code that reads \`${cookie.name}\` must stop reading it`)) }] }
      : {}),
  });
}

function consequenceOf(missing: readonly CookieFlag[]): string {
  const harms: string[] = [];
  if (missing.includes("httpOnly")) harms.push("any injected script can read and steal it");
  if (missing.includes("secure")) harms.push("it travels over plain HTTP");
  if (missing.includes("sameSite")) harms.push("other sites can send it along (CSRF)");
  return harms.join("; ") + ".";
}

/**
 * `secure` is `true` on edge runtimes, which answer only over HTTPS; on Koa and express-session it follows the
 * request's scheme (`ctx.secure`, `"auto"`), since they refuse a Secure cookie on a request they do not see as HTTPS;
 * elsewhere it follows the environment so local HTTP development keeps working.
 */
function flagProperties(missing: readonly CookieFlag[], ctx: RuleContext<Record<string, never>>, cookie: CookieWriteSummary): string[] {
  const secure = cookie.secureByScheme ?? (isHttpsOnly(runtimePlatformOf(ctx.file, ctx.settings)) ? "true" : `process.env.NODE_ENV === "production"`);
  const values: Record<CookieFlag, string> = { httpOnly: "httpOnly: true", secure: `secure: ${secure}`, sameSite: `sameSite: "lax"` };
  return missing.map((flag) => values[flag]);
}

function flagFix(cookie: CookieWriteSummary, ctx: RuleContext<Record<string, never>>): ((edit: FixBuilder) => void) | undefined {
  const properties = flagProperties(cookie.missing, ctx, cookie);
  if (cookie.headerText) {
    const attributes = cookie.missing.map((flag) => `; ${flagAttributes[flag]}`).join("");
    const closingQuote = cookie.headerText.end - 1;
    return (edit) => edit.insertBefore(closingQuote, attributes);
  }
  if (cookie.options) {
    const disabled = cookie.disabledValues ?? {};
    const absent = cookie.missing.filter((flag) => !disabled[flag]);
    return (edit) => {
      for (const flag of cookie.missing) {
        const value = disabled[flag];
        if (value) edit.replace(value, flagProperties([flag], ctx, cookie)[0]!.replace(/^\w+: /, ""));
      }
      if (absent.length > 0) mergeProperties(edit, cookie.options!, flagProperties(absent, ctx, cookie), ctx.sourceFile);
    };
  }
  if (cookie.parentOptions && cookie.cookieProperty) {
    return (edit) => mergeProperties(edit, cookie.parentOptions!, [`${cookie.cookieProperty}: { ${properties.join(", ")} }`], ctx.sourceFile);
  }
  if (cookie.optionsIndex !== undefined) {
    const closeParen = cookie.span.end - 1;
    const separator = cookie.optionsIndex > 0 ? ", " : "";
    return (edit) => edit.insertBefore(closeParen, `${separator}{ ${properties.join(", ")} }`);
  }
  return undefined;
}

/**
 * Adds properties to an object literal in its own layout: one per line when it is multi-line, else inline. On a
 * multi-line object they go after the line the last property ends on, so a comment closing that line
 * (`maxAge: WEEK, // seven days`) stays with its property and never swallows the comma or the new properties.
 */
function mergeProperties(edit: FixBuilder, object: { start: number; end: number }, properties: string[], sourceFile: ts.SourceFile): void {
  const text = sourceFile.text;
  const existing = findNodeBySpan(sourceFile, object, ts.isObjectLiteralExpression)?.properties;
  if (!existing) return;
  const lastProperty = existing[existing.length - 1];
  if (!lastProperty) {
    edit.replace(object, `{ ${properties.join(", ")} }`);
    return;
  }
  const comma = existing.hasTrailingComma ? "" : ",";
  const afterLast = existing.hasTrailingComma ? text.indexOf(",", lastProperty.end) + 1 : lastProperty.end;
  if (!text.slice(object.start, object.end).includes("\n")) {
    edit.insertAfter(afterLast, `${comma} ${properties.join(", ")}`);
    return;
  }
  const lastLineStart = text.lastIndexOf("\n", lastProperty.getStart(sourceFile) - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lastLineStart))![0];
  const added = properties.map((property) => `\n${indent}${property},`).join("");
  const lineEnd = text.indexOf("\n", afterLast);
  if (lineEnd === -1 || lineEnd >= object.end - 1) {
    edit.insertAfter(afterLast, comma + added);
    return;
  }
  if (comma) edit.insertAfter(lastProperty.end, comma);
  edit.insertAfter(lineEnd, added);
}

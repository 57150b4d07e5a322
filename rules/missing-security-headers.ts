// missing-security-headers: servers that answer without the browser security headers helmet sets, and Next.js configs
// whose headers() lacks the basic set. Reads the app-config model; never matches frameworks itself.
import * as path from "node:path";
import { ts } from "ts-morph";
import { defineRule, type RuleContext } from "./engine/types.js";
import type { FixBuilder } from "./engine/fix-builder.js";
import { lineIndentation } from "./engine/code-style.js";
import { packageNameOf } from "./model/syntax.js";
import type { ServerAppSummary } from "./model/types.js";

/** How each framework adds the headers: the package, how it is imported and the line that registers it. */
/**
 * The middleware that sends the headers: `register` is what the finding names, `fix` what the edit writes. Helmet's
 * default CSP, enforced on an app that already serves pages, blocks their inline scripts and other origins' assets and
 * (upgrade-insecure-requests) every subresource of a site served over plain HTTP, so the edit starts it in report-only
 * mode: every other header is sent, and the browser reports what the policy would block until the team enforces it.
 */
const cspReportOnly = "{ contentSecurityPolicy: { reportOnly: true } }";
const headerMiddleware: Record<ServerAppSummary["framework"], { module: string; local: string; isDefault: boolean; register: (owner: string) => string; fix: (owner: string) => string }> = {
  express: { module: "helmet", local: "helmet", isDefault: true, register: (owner) => `${owner}.use(helmet());`, fix: (owner) => `${owner}.use(helmet(${cspReportOnly}));` },
  nest: { module: "helmet", local: "helmet", isDefault: true, register: (owner) => `${owner}.use(helmet());`, fix: (owner) => `${owner}.use(helmet(${cspReportOnly}));` },
  koa: { module: "koa-helmet", local: "helmet", isDefault: true, register: (owner) => `${owner}.use(helmet());`, fix: (owner) => `${owner}.use(helmet(${cspReportOnly}));` },
  fastify: { module: "@fastify/helmet", local: "helmet", isDefault: true, register: (owner) => `${owner}.register(helmet);`, fix: (owner) => `${owner}.register(helmet, ${cspReportOnly});` },
  // Hono's secureHeaders sends no CSP unless given one.
  hono: { module: "hono/secure-headers", local: "secureHeaders", isDefault: false, register: (owner) => `${owner}.use(secureHeaders());`, fix: (owner) => `${owner}.use(secureHeaders());` },
};

const nextHeadersBlock = `async headers() {
    return [
      {
        source: "/(.*)",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
    ];
  },`;

export default defineRule({
  id: "missing-security-headers",
  meta: {
    category: "security",
    severity: "warn",
    needsTypes: false,
    fix: "scaffold",
    summary: "Servers must send the browser security headers (helmet or an equivalent).",
    fixTitle: "Add security headers",
    messages: {
      server:
        "`{{owner}}` serves requests without security headers (X-Content-Type-Options, Content-Security-Policy, frame and referrer policies). Register {{middleware}}.",
      nextConfig: "next.config sets no headers(): pages are served without X-Content-Type-Options, X-Frame-Options and Referrer-Policy.",
      nextPartial: "next.config headers() never sets {{missing}}.",
    },
  },
  check(ctx) {
    return {
      onEnd() {
        const config = ctx.file.appConfig;
        if (!config) return;
        for (const server of config.servers) if (needsHeaders(server, ctx)) reportServer(server, ctx);
        const next = config.nextConfig;
        // Headers such as X-Frame-Options and nosniff protect documents; an app of JSON route handlers serves none.
        // Browsers have defaulted to strict-origin-when-cross-origin since 2021: Referrer-Policy missing alone is no gap.
        const lacksProtection = next?.missingHeaders.some((name) => name !== "Referrer-Policy");
        if (!next || !lacksProtection || hasNextMiddlewareHeaders(ctx) || !ctx.project.servesNextPages(path.dirname(ctx.filePath))) return;
        if (!next.hasHeaders) {
          ctx.report({ span: next.span, messageId: "nextConfig", fix: (edit) => addNextHeaders(edit, next.span.start, ctx.text, next.span.end) });
        } else {
          ctx.report({ span: next.span, messageId: "nextPartial", data: { missing: next.missingHeaders.join(", ") } });
        }
      },
    };
  },
});

function needsHeaders(server: ServerAppSummary, ctx: RuleContext<Record<string, never>>): boolean {
  // A factory's app is a sub-app when the const holding its result is mounted (`app.route("/slack", slackRoute)`).
  // So is one whose factory's own result is mounted (`app.route("/api", createApiRoutes(core))`, or a local const holding it).
  const isMounted = [server.owner, ...(server.factory ? [server.factory.name, ...server.factory.results] : [])].some((local) => ctx.project.isMounted(ctx.filePath, local));
  // A health probe's server answers only plain bodies from its own routes: it never serves a document.
  if (!server.isExposed || isMounted || server.answersAtOnce) return false;
  // The headers protect documents; a package whose handlers answer none needs none. Nest controllers may live in another
  // package, so a Nest app is spared only when its own package's controllers are seen answering plain bodies.
  const answersAreKnown = server.framework !== "nest" || ctx.project.packageAnswersNestRoutes(ctx.filePath);
  // An app that never leaves its file has only the routes and middleware written there or loaded from its imports:
  // those answer for it, whatever else its package serves (one example of a collection, a side server beside the app).
  const ownAnswers = server.confinedToFile ? ctx.project.loadedFilesServeDocuments(ctx.filePath) : undefined;
  const servesDocuments = ownAnswers ?? ctx.project.packageServesDocuments(ctx.filePath);
  if (answersAreKnown && !servesDocuments) return false;
  const uses = ctx.file.appConfig?.securityHeaderUses.filter((use) => use.owner === server.owner) ?? [];
  if (uses.some((use) => use.isKnown || ctx.project.isSecurityHeaderSetter(use.name, ctx.filePath))) return false;
  if (server.framework === "nest" && ctx.project.nestModulesSendSecurityHeaders(ctx.filePath)) return false;
  return !ctx.project.rootRouterSendsSecurityHeaders(ctx.filePath, server.owner) && !ctx.project.helperSendsSecurityHeaders(ctx.filePath, server.owner);
}

function reportServer(server: ServerAppSummary, ctx: RuleContext<Record<string, never>>): void {
  const middleware = headerMiddleware[server.framework];
  const data = { owner: server.owner, middleware: `\`${middleware.register(server.owner).replace(/;$/, "")}\`` };
  if (server.isChained) {
    ctx.report({ span: server.span, messageId: "server", data });
    return;
  }
  const register = (edit: FixBuilder): void => {
    const indent = lineIndentation(ctx.text, server.statement.start);
    edit.insertAfter(server.statement.end, `\n${indent}${middleware.fix(server.owner)}`);
    if (middleware.isDefault) addDefaultImport(edit, ctx, middleware.module, middleware.local);
    else edit.addNamedImport(middleware.module, middleware.local);
  };
  // The file imports the middleware but registers it on no server: it applies it in its own way (for some paths,
  // behind a flag, with its own policy). A default one in front of every request would override that choice, so the
  // edit is only suggested.
  const registersIt = ctx.file.appConfig?.securityHeaderUses.some((use) => use.isKnown) ?? false;
  // Hono's middleware writes its headers on the handler's Response after `next()`. A Response that `fetch()` (or a
  // service or Durable Object binding's `fetch`) returned has immutable headers, so on a relayed one the write throws
  // and the request fails with a 500. Which functions return one is the outbound-calls model's fact; route files mounted
  // on this app from elsewhere in the package count as well.
  if (server.framework === "hono" && (ctx.file.returnsFetchedResponse || ctx.project.packageRelaysFetchedResponses(ctx.filePath))) {
    const title = `Register ${middleware.register(server.owner).replace(/;$/, "")} for every request`;
    const reason = "routes of this app return responses from fetch() as they are, whose headers cannot be changed: rebuild them (`new Response(res.body, res)`) before the middleware writes its headers";
    ctx.report({ span: server.span, messageId: "server", data, fix: { title, apply: (edit) => register(edit.offerAsSuggestion(reason)) } });
    return;
  }
  if (!registersIt && ctx.file.imports.some((binding) => binding.module === middleware.module)) {
    const title = `Register ${middleware.register(server.owner).replace(/;$/, "")} for every request`;
    const reason = `the file applies ${middleware.local} only in some cases: check its options first`;
    ctx.report({ span: server.span, messageId: "server", data, fix: { title, apply: (edit) => register(edit.offerAsSuggestion(reason)) } });
    return;
  }
  // An import of a package the file's package neither declares nor already imports may not resolve: then the fix
  // says to add it first.
  const dependency = packageNameOf(middleware.module);
  const resolves = ctx.project.declaresRuntimeDependency(ctx.filePath, dependency) || ctx.file.imports.some((binding) => packageNameOf(binding.module) === dependency);
  if (resolves) {
    ctx.report({ span: server.span, messageId: "server", data, fix: register });
    return;
  }
  const manifest = ctx.project.manifestOf(ctx.filePath);
  const where = manifest ? path.relative(ctx.settings.root, path.join(manifest.packageRoot, "package.json")) || "package.json" : "package.json";
  const reason = ctx.project.declaresDependency(ctx.filePath, dependency) ? `${dependency} is only a devDependency in ${where}, which a production install leaves out: move it to dependencies first` : `add ${dependency} to ${where} first`;
  ctx.report({ span: server.span, messageId: "server", data, fix: { title: `Register ${dependency}`, apply: (edit) => register(edit.offerAsSuggestion(reason)) } });
}

/** `import helmet from "helmet";` after the last import (a `require` in CommonJS files), unless already imported. */
function addDefaultImport(edit: FixBuilder, ctx: RuleContext<Record<string, never>>, module: string, local: string): void {
  if (ctx.file.imports.some((binding) => binding.module === module)) return;
  const statements = ctx.sourceFile.statements;
  const lastImport = statements.filter(ts.isImportDeclaration).pop();
  if (lastImport) {
    edit.insertAfter(lastImport.end, `\nimport ${local} from "${module}";`);
    return;
  }
  const lastRequire = statements.filter((statement) => ts.isVariableStatement(statement) && /^\s*(const|let|var)\s[^=]+=\s*require\(/.test(statement.getText(ctx.sourceFile))).pop();
  if (lastRequire) edit.insertAfter(lastRequire.end, `\nconst ${local} = require("${module}");`);
  else edit.insertBefore(statements[0] ?? 0, `import ${local} from "${module}";\n\n`);
}

/** The app's `middleware.ts` (beside next.config or in `src/`) writes the headers itself, which covers every page. */
function hasNextMiddlewareHeaders(ctx: RuleContext<Record<string, never>>): boolean {
  const appRoot = path.dirname(ctx.filePath);
  return [appRoot, path.join(appRoot, "src")].some((folder) =>
    ["middleware.ts", "middleware.js"].some((name) => ctx.project.summaries.get(path.join(folder, name))?.appConfig?.setsSecurityHeaders),
  );
}

function addNextHeaders(edit: FixBuilder, objectStart: number, text: string, objectEnd: number): void {
  const isEmpty = text.slice(objectStart + 1, objectEnd - 1).trim() === "";
  // The block is written with two-space levels; the fix builder turns each into the file's own unit.
  const block = `\n  ${nextHeadersBlock}`;
  edit.insertAfter(objectStart + 1, isEmpty ? `${block}\n` : block);
}

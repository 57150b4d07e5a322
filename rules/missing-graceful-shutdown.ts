// missing-graceful-shutdown: a long-running Node server (a framework app's or `createServer`'s `listen`) whose process
// never drains on SIGTERM/SIGINT. Reads the server-lifecycle model; serverless handlers, Workers and Deno/Bun servers
// have no `listen` there and are never judged.
import { lineIndentation } from "./engine/code-style.js";
import type { FixBuilder } from "./engine/fix-builder.js";
import { defineRule, type RuleContext } from "./engine/types.js";
import type { ProjectModel } from "./model/project-model.js";
import { runtimePlatformOf } from "./model/runtimes.js";
import { drainsOnShutdown, handlesSignals, type ServerListenSummary } from "./model/server-lifecycle.js";
import type { FileSummary } from "./model/types.js";

type Context = RuleContext<Record<string, never>>;

/** How far imports are followed from the listening file to a module that sets up shutdown. */
const importDepth = 4;
/** The name the scaffold gives its handler. */
const handlerName = "closeOnSignal";

export default defineRule({
  id: "missing-graceful-shutdown",
  meta: {
    category: "reliability",
    severity: "warn",
    needsTypes: false,
    fix: "scaffold",
    summary: "Long-running servers must stop accepting connections and drain in-flight requests on SIGTERM and SIGINT.",
    fixTitle: "Close the server on SIGTERM and SIGINT",
    messages: {
      noShutdown:
        "This server never handles SIGTERM/SIGINT: on every deploy or scale-down the process is killed with requests in flight. Close the server on the signal and exit once it has drained.",
      exitOnly:
        "This process answers SIGTERM/SIGINT by exiting without closing the server: requests in flight are cut off on every deploy. Close the server first and exit once it has drained.",
    },
  },
  check(ctx) {
    const listens = ctx.file.serverLifecycle?.listens ?? [];
    if (listens.length === 0) return;
    return {
      onEnd() {
        // A command-line tool serves while a person waits (a login callback, a tunnel) and is stopped by them.
        if (ctx.file.codeMarkers?.commandLine || ctx.file.codeMarkers?.interactive) return;
        // On Workers a Node server's `listen` (`httpServerHandler` from `cloudflare:node`) binds a virtual port inside an
        // isolate the runtime recycles itself: no process receives SIGTERM, and nothing could drain on it.
        if (runtimePlatformOf(ctx.file, ctx.settings) === "workers") return;
        for (const listen of listens) {
          // A health probe's server answers every request at once: nothing is ever in flight to drain.
          const answersAtOnce = ctx.file.appConfig?.servers.some((server) => server.owner === listen.app && server.answersAtOnce);
          const framework = listen.isEphemeral || listen.isClosedInFile || answersAtOnce ? undefined : frameworkListening(listen, ctx);
          if (!framework) continue;
          const shutdown = shutdownAround(ctx.project, ctx.filePath);
          if (shutdown === "drains") continue;
          // An imported Fastify or Nest app's `listen` result is an address, not a server to close.
          const canScaffold = shutdown === "none" && listen.handle !== undefined && (listen.kind !== "imported" || !["fastify", "nest"].includes(framework)) && !ctx.text.includes(handlerName);
          ctx.report({
            span: listen.span,
            messageId: shutdown === "exits" ? "exitOnly" : "noShutdown",
            ...(canScaffold ? { fix: (edit: FixBuilder) => addShutdownHandler(edit, listen, ctx.text) } : {}),
          });
        }
      },
    };
  },
});

/** The framework of what listens ("http" for a Node server); for an imported app, that of the framework app its module makes. */
function frameworkListening(listen: ServerListenSummary, ctx: Context): string | undefined {
  if (listen.kind !== "imported") return listen.kind;
  const from = listen.importedFrom!;
  const target = ctx.project.resolveModule(from.module, ctx.filePath);
  const summary = target && ctx.project.summaries.get(target);
  if (!summary) return undefined;
  const local = summary.exports.find((binding) => binding.exported === from.imported)?.local;
  const servers = summary.appConfig?.servers ?? [];
  return servers.find((server) => server.owner === local || server.factory?.name === local || (from.imported === "default" && local === undefined && server.isExposed))?.framework;
}

type ShutdownState = "drains" | "exits" | "none";
const shutdownByFile = new WeakMap<ProjectModel, Map<string, ShutdownState>>();

/**
 * How the process running `filePath` handles termination: the files of its package and the modules it imports
 * (a shared `registerShutdown()` from a workspace package) are searched.
 */
function shutdownAround(project: ProjectModel, filePath: string): ShutdownState {
  let cache = shutdownByFile.get(project);
  if (!cache) shutdownByFile.set(project, (cache = new Map()));
  const cached = cache.get(filePath);
  if (cached) return cached;
  const packageRoot = project.packageOf(filePath);
  const files = new Map<string, FileSummary>();
  for (const summary of project.summaries.values()) {
    if (project.packageOf(summary.filePath) === packageRoot && project.codeRoleOf(summary) === "server") files.set(summary.filePath, summary);
  }
  let frontier = [filePath];
  for (let depth = 0; depth < importDepth && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const current of frontier) {
      for (const binding of project.summaries.get(current)?.imports ?? []) {
        const target = project.resolveModule(binding.module, current);
        const summary = target && project.summaries.get(target);
        if (!summary || files.has(summary.filePath)) continue;
        files.set(summary.filePath, summary);
        next.push(summary.filePath);
      }
    }
    frontier = next;
  }
  const summaries = [...files.values()];
  const state: ShutdownState = summaries.some(drainsOnShutdown) ? "drains" : summaries.some(handlesSignals) ? "exits" : "none";
  cache.set(filePath, state);
  return state;
}

/**
 * After the listening statement: a handler for both signals that closes the server (new connections are refused,
 * idle ones closed, in-flight requests finish) and exits when it has drained, or after a deadline. For Nest, the app's
 * own shutdown hooks, which close the app on those signals.
 */
function addShutdownHandler(edit: FixBuilder, listen: ServerListenSummary, text: string): void {
  const { name, close } = listen.handle!;
  const indent = lineIndentation(text, listen.statement.start);
  if (close === "nest") {
    edit.insertAfter(listen.statement.end, `\n${indent}${name}.enableShutdownHooks();`);
    return;
  }
  const closing = close === "fastify" ? `${name}.close().then(() => process.exit(0));` : `${name}.close(() => process.exit(0));`;
  const lines = [
    `const ${handlerName} = () => {`,
    `  ${closing}`,
    "  // Connections that stay busy must not hold the process past the platform's kill deadline.",
    "  setTimeout(() => process.exit(1), 10_000);",
    "};",
    `process.once("SIGTERM", ${handlerName});`,
    `process.once("SIGINT", ${handlerName});`,
  ];
  edit.insertAfter(listen.statement.end, lines.map((line) => `\n${indent}${line}`).join(""));
}


// Language server latency on a generated ~1,500-file project, with a ~1,200-line Express handler file open:
// - cold start: `initialized` (didOpen sent right after it) → the handler's first diagnostics, and → its full
//   diagnostics (the first published once the server logs its project as loaded); then the same for a warm start, a
//   second server reading the summary cache the first one wrote (the project has a node_modules folder, the client
//   says the workspace is trusted, and both servers share a per-user cache directory of their own);
// - on type: didChange → diagnostics of the edited handler once its project is loaded, over edits that type a
//   statement into a handler character by character and delete it again (p50/p95; the analysis alone too, from
//   `harden/status`); and the server's CPU time per keystroke, which a loaded machine does not inflate as it does wall
//   time: the analysis's own (`harden/status` cpuMs) and the whole process's (utime + stime from /proc, in clock ticks
//   of 10 ms, so its mean counts more than its percentiles);
// - cross-file: an edit of src/app.ts that mounts the handler's router behind `requireAuth` (or no longer does) → the
//   open handler's re-published diagnostics, missing-auth gone (or back) (p50/p95);
// - a workspace scan, and the server's resident memory after it.
// Or, with `--workspace <dir> --open <file in it>`, a real checkout, read-only: the file is opened and edited in the
// editor only, the workspace is untrusted (no cache written into it), and the warm start and cross-file edits, which
// need files written, and the workspace scan are left out.
// Needs `npm run build` first. Usage: node bench/lsp-latency.mjs [--files N] [--edits N] [--workspace DIR --open FILE]
//   [--server path/to/server.js] (another build's server, to compare builds run after run; default dist/server.js)
import { execFileSync, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from "vscode-languageserver-protocol/node";

const argument = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const textArgument = (name) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
};
const realWorkspace = textArgument("--workspace");
const fileCount = argument("--files", 1500);
const editCount = argument("--edits", 200);
const crossFileEdits = 10;
const repository = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const serverPath = path.resolve(textArgument("--server") ?? path.join(repository, "dist/server.js"));

const workspace = realWorkspace ? fs.realpathSync(realWorkspace) : fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "harden-lsp-bench-")));
const userCache = fs.mkdtempSync(path.join(os.tmpdir(), "harden-lsp-bench-xdg-")); // and the key that authenticates it
const { handlerPath, handlerText, mount, appText } = realWorkspace ? openRealFile() : generateProject();
const handlerUri = pathToFileURL(handlerPath).href;
const appPath = path.join(workspace, "src/app.ts");
const appUri = pathToFileURL(appPath).href;

function openRealFile() {
  const handlerPath = path.resolve(workspace, textArgument("--open") ?? "");
  return { handlerPath, handlerText: fs.readFileSync(handlerPath, "utf8") };
}

function generateProject() {
  execFileSync(process.execPath, [path.join(repository, "bench/generate.mjs"), workspace, "--files", String(fileCount)], { stdio: "ignore" });
  fs.mkdirSync(path.join(workspace, ".git"), { recursive: true });
  fs.mkdirSync(path.join(workspace, "node_modules"), { recursive: true }); // where the server keeps its summary cache

  // The handler under edit: the largest generated Express route file with an unguarded route (missing-auth), grown to
  // about 1,200 lines with more handlers like it; src/app.ts mounts its router.
  const seed = listSources(workspace)
    .filter((file) => file.endsWith("-routes.ts"))
    .map((file) => ({ file, text: fs.readFileSync(file, "utf8") }))
    .filter(({ text }) => /export const (\w+Router) = Router\(\)/.test(text) && /Router\.post\("[^"]*", async/.test(text) && text.split("\n").length <= 400)
    .sort((a, b) => b.text.length - a.text.length)[0];
  let handlerText = seed.text;
  for (let copy = 1; handlerText.split("\n").length < 1200; copy++) handlerText += "\n" + seed.text.replace(/^import .*$/gm, "").replace(/\b(export (?:async )?function |const )(\w+)/g, `$1$2_${copy}`);
  const handlerPath = seed.file;
  fs.writeFileSync(handlerPath, handlerText);
  const router = /export const (\w+Router) = Router\(\)/.exec(seed.text)[1];
  const mount = (guarded) => `app.use("/api", ${guarded ? "requireAuth, " : ""}${router});`;
  const appText = [
    `import express from "express";`,
    `import { requireAuth } from "./lib/auth";`,
    `import { ${router} } from "./routes/${path.basename(handlerPath, ".ts")}";`,
    ``,
    `const app = express();`,
    mount(false),
    `app.listen(3000);`,
    ``,
  ].join("\n");
  fs.writeFileSync(appPath, appText);
  return { handlerPath, handlerText, mount, appText };
}

const loadBefore = os.loadavg();
const cold = await startServer();
const coldStart = await openAndTime(cold);
const onType = await typeIntoHandler(cold);
const crossFile = realWorkspace ? undefined : await editGuard(cold);
const scanStarted = performance.now();
const scan = realWorkspace ? undefined : await cold.connection.sendRequest("harden/workspaceScan", {});
const scanMs = performance.now() - scanStarted;
const rssMb = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${cold.child.pid}/status`, "utf8"))[1]) / 1024;
await stopServer(cold);
let warmStart;
if (!realWorkspace) {
  const warm = await startServer();
  warmStart = await openAndTime(warm);
  await stopServer(warm);
  fs.rmSync(workspace, { recursive: true, force: true });
}
fs.rmSync(userCache, { recursive: true, force: true });

const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const ms = (value) => (value === undefined ? "n/a" : `${value.toFixed(1)} ms`);
const spread = (values) => `p50 ${ms(percentile(values, 50))}, p95 ${ms(percentile(values, 95))}`;
const start = (label, timing) =>
  `${label}: initialized → first diagnostics ${ms(timing.firstMs)} (server CPU ${ms(timing.firstCpuMs)}; ${timing.firstCount} findings), → full diagnostics ${ms(timing.fullMs)} (${timing.fullCount} findings); ${timing.loaded ?? "no load line logged"}`;
console.log(`project: ${realWorkspace ? workspace : `${fileCount} generated`} files; handler: ${handlerText.split("\n").length} lines (${path.relative(workspace, handlerPath)})`);
console.log(start("cold start (no summary cache)", coldStart));
if (warmStart) console.log(start("warm start (summary cache)", warmStart));
console.log(`on-type over ${editCount} edits (project loaded): didChange → diagnostics ${spread(onType.latencies)}; analysis alone ${spread(onType.analysisMs)}`);
const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
console.log(`on-type server CPU per keystroke: analysis ${spread(onType.analysisCpuMs)}; whole process (/proc) mean ${ms(mean(onType.processCpuMs))}, p50 ${ms(percentile(onType.processCpuMs, 50))}, p95 ${ms(percentile(onType.processCpuMs, 95))}`);
console.log(`load average (1/5/15 min): before ${loadBefore.map((load) => load.toFixed(2)).join(" ")}, after ${os.loadavg().map((load) => load.toFixed(2)).join(" ")}; ${os.cpus().length} CPUs`);
if (crossFile) console.log(`cross-file over ${crossFileEdits} edits of src/app.ts: didChange → the handler's diagnostics ${spread(crossFile.latencies)}; missing-auth findings ${crossFile.counts.join(" ⇄ ")}`);
if (scan) console.log(`workspace scan: ${scan.filesAnalysed} files, ${scan.findings} findings in ${ms(scanMs)}; server RSS after the scan: ${rssMb.toFixed(0)} MB`);

async function startServer() {
  const child = spawn(process.execPath, [serverPath, "--stdio"], {
    stdio: ["pipe", "pipe", "inherit"],
    env: { ...process.env, XDG_CACHE_HOME: userCache },
  });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const server = { child, connection, waiters: [], loadedAt: undefined, loadedLine: undefined, analysisMs: [], analysisCpuMs: [] };
  connection.onNotification("textDocument/publishDiagnostics", (params) => {
    const at = performance.now();
    for (const waiter of [...server.waiters]) if (waiter.matches(params, at)) server.waiters.splice(server.waiters.indexOf(waiter), 1) && waiter.resolve({ params, at });
  });
  connection.onNotification("window/logMessage", ({ message }) => {
    if (!/files loaded in/.test(message) || server.loadedAt !== undefined) return;
    server.loadedAt = performance.now();
    server.loadedLine = message.replace(workspace, "<workspace>");
  });
  connection.onNotification("harden/status", (params) => {
    server.analysisMs.push(params.durationMs);
    server.analysisCpuMs.push(params.cpuMs);
  });
  connection.onRequest("workspace/configuration", () => [{}]);
  connection.onRequest("window/workDoneProgress/create", () => null);
  connection.listen();
  const rootUri = pathToFileURL(workspace).href;
  await connection.sendRequest("initialize", { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: "bench" }], capabilities: { workspace: { configuration: true } }, initializationOptions: { workspaceTrusted: !realWorkspace } });
  return server;
}

/** Resolves with the next diagnostics published for `uri` that satisfy `matches(params, at)`. */
function published(server, uri, matches = () => true) {
  return new Promise((resolve) => server.waiters.push({ matches: (params, at) => params.uri === uri && matches(params, at), resolve }));
}

async function openAndTime(server) {
  // The server's CPU time from `initialized` to its first answer, read as that answer arrives (before the load that follows).
  const cpuAtStart = processCpuOf(server.child.pid);
  let firstCpuMs;
  const first = published(server, handlerUri).then((seen) => ((firstCpuMs = processCpuOf(server.child.pid) - cpuAtStart), seen));
  const full = published(server, handlerUri, (_params, at) => server.loadedAt !== undefined && at >= server.loadedAt);
  const startedAt = performance.now();
  await server.connection.sendNotification("initialized", {});
  await server.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: handlerUri, languageId: "typescript", version: 1, text: handlerText } });
  const firstSeen = await first;
  const fullSeen = await full;
  return {
    firstMs: firstSeen.at - startedAt,
    firstCpuMs,
    firstCount: firstSeen.params.diagnostics.length,
    fullMs: fullSeen.at - startedAt,
    fullCount: fullSeen.params.diagnostics.length,
    loaded: server.loadedLine,
  };
}

/** Types a statement into a handler one character at a time, then deletes it the same way, again and again. */
async function typeIntoHandler(server) {
  const lines = handlerText.split("\n");
  // Generated: before a handler's reply; real: before a statement in the file's second half.
  const line = lines.findIndex((text, index) => index > lines.length / 2 && (realWorkspace ? /^\s*return\b/ : /^\s*res\.json\(/).test(text)) + 1;
  const typed = '  console.info("served", String(req.params.id).length);';
  const at = (character, onLine = line) => ({ line: onLine, character });
  const cycle = [
    { range: { start: at(0), end: at(0) }, text: typed[0] + "\n" },
    ...[...typed.slice(1)].map((character, index) => ({ range: { start: at(index + 1), end: at(index + 1) }, text: character })),
    ...[...typed.slice(1)].map((_character, index) => ({ range: { start: at(typed.length - index - 1), end: at(typed.length - index) }, text: "" })),
    { range: { start: at(0), end: at(0, line + 1) }, text: "" },
  ];
  const latencies = [];
  const processCpuMs = [];
  server.analysisMs.length = 0;
  server.analysisCpuMs.length = 0;
  for (let edit = 0; edit < editCount; edit++) {
    const version = edit + 2;
    const done = published(server, handlerUri, (params) => params.version === version);
    const startedAt = performance.now();
    const cpuBefore = processCpuOf(server.child.pid);
    await server.connection.sendNotification("textDocument/didChange", { textDocument: { uri: handlerUri, version }, contentChanges: [cycle[edit % cycle.length]] });
    latencies.push((await done).at - startedAt);
    processCpuMs.push(processCpuOf(server.child.pid) - cpuBefore);
  }
  return { latencies, analysisMs: [...server.analysisMs], analysisCpuMs: [...server.analysisCpuMs], processCpuMs };
}

/** Mounts the handler's router behind requireAuth in src/app.ts, and back; times until the open handler is re-published. */
async function editGuard(server) {
  await server.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: appUri, languageId: "typescript", version: 1, text: appText } });
  await published(server, appUri);
  const missingAuth = (diagnostics) => diagnostics.filter((diagnostic) => diagnostic.code === "missing-auth").length;
  const latencies = [];
  const counts = [];
  for (let version = 2; version < crossFileEdits + 2; version++) {
    const text = appText.replace(mount(false), mount(version % 2 === 0));
    const done = published(server, handlerUri);
    const startedAt = performance.now();
    await server.connection.sendNotification("textDocument/didChange", { textDocument: { uri: appUri, version }, contentChanges: [{ text }] });
    const seen = await done;
    latencies.push(seen.at - startedAt);
    if (counts.length < 2) counts.push(missingAuth(seen.params.diagnostics));
  }
  return { latencies, counts };
}

/** The process's user + system CPU time so far, in ms (fields 14 and 15 of /proc/<pid>/stat, in clock ticks of 10 ms). */
function processCpuOf(pid) {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /, "").split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function stopServer(server) {
  await server.connection.sendRequest("shutdown");
  await server.connection.sendNotification("exit");
  server.connection.dispose();
}

function listSources(directory) {
  return fs.readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
}

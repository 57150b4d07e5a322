// How a file calls the functions it imports: for each imported function called by name, the argument positions it is
// ever handed something other than a literal, and whether any call runs inside a function (after load) rather than at
// module level, and whether any runs after the module's start-up (neither at module level nor in a function the module
// calls from there, such as `start()`), and the positions some call fills with data its request sent (request-provenance.ts). Also the imported names the file never mentions again (an unused import). Lets a module's own analysis ask what every caller in the project passes (a registry keyed only by
// literals its importers write, or filled only while they load). Records only; never reports.
import { ts } from "ts-morph";
import type { Extractor } from "./summarize.js";
import { isNestStartupHook } from "./frameworks/nest.js";
import { someDescendantOfKinds } from "../engine/node-index.js";
import { requestListenersIn } from "./request-listeners.js";
import { carriesRequestData, isInRequestFunction } from "./request-provenance.js";
import { enclosingFunction, findNodeBySpan, isFunctionLike, isInsideFunction, moduleFunctionHolding, settlementCallOf, startFunctionNames, unwrapExpression, type FunctionLike } from "./syntax.js";
import type { FileSummary, Framework } from "./types.js";

/** The calls with a non-literal argument, kept for `finish` to ask where those arguments come from. */
const openCalls = new WeakMap<FileSummary, ts.CallExpression[]>();

export const importedCalls: Extractor = {
  kinds: [ts.SyntaxKind.CallExpression],
  visit(node, { summary }) {
    const call = node as ts.CallExpression;
    const callee = unwrapExpression(call.expression);
    if (!ts.isIdentifier(callee) || !summary.imports.some((binding) => binding.local === callee.text && binding.imported !== "*")) return;
    const list = (summary.importedCalls ??= []);
    let entry = list.find((candidate) => candidate.callee === callee.text);
    if (!entry) list.push((entry = { callee: callee.text, openArguments: [], calledInFunction: false, calledAfterStart: false }));
    call.arguments.forEach((argument, index) => {
      if (!isLiteral(argument) && !entry.openArguments.includes(index)) entry.openArguments.push(index);
    });
    if (call.arguments.some((argument) => !isLiteral(argument)) && isInsideFunction(call)) {
      const calls = openCalls.get(summary);
      if (calls) calls.push(call);
      else openCalls.set(summary, [call]);
    }
    if (!entry.calledInFunction && isInsideFunction(call)) entry.calledInFunction = true;
    if (!entry.calledAfterStart && !runsWhileStarting(call)) entry.calledAfterStart = true;
  },
  finish({ sourceFile, summary }) {
    recordRequestArguments(sourceFile, summary);
    const uncalled = new Set(summary.imports.filter((binding) => binding.imported !== "*" && !summary.importedCalls?.some((entry) => entry.callee === binding.local)).map((binding) => binding.local));
    if (uncalled.size === 0) return;
    // Counted in the text, comments included: a mention anywhere but the import keeps the binding "used" (it may be passed on).
    // Two identifiers spelled as the name are two mentions already; only the rest scan the text (an icon registry importing
    // thousands of names, each used once at its end, scanned the whole file once per name).
    const spelled = identifierMentions(sourceFile, uncalled);
    const unreferenced = [...uncalled].filter((local) => (spelled.get(local) ?? 0) < 2 && wordMentions(sourceFile.text, local, 2) === 1);
    if (unreferenced.length > 0) summary.unreferencedImports = unreferenced;
  },
};

/**
 * For each imported function, the argument positions some call of this file fills from a request it handles. Only calls
 * written inside a request function are asked (most files have none): the question walks an argument's provenance,
 * which for every call of every file cost minutes on a large monorepo.
 */
function recordRequestArguments(sourceFile: ts.SourceFile, summary: FileSummary): void {
  const calls = openCalls.get(summary);
  if (!calls) return;
  openCalls.delete(summary);
  const requestFunctions = new Map<FunctionLike, Framework>();
  for (const route of summary.routes) {
    const handler = route.handler && findNodeBySpan(sourceFile, route.handler, isFunctionLike);
    if (handler) requestFunctions.set(handler, route.framework);
  }
  for (const listener of requestListenersIn(sourceFile)) if (!requestFunctions.has(listener)) requestFunctions.set(listener, "express");
  if (requestFunctions.size === 0) return;
  const scope = { sourceFile, requestFunctions };
  for (const call of calls) {
    if (!isInRequestFunction(requestFunctions, call)) continue;
    const entry = summary.importedCalls?.find((candidate) => candidate.callee === (unwrapExpression(call.expression) as ts.Identifier).text);
    if (!entry) continue;
    call.arguments.forEach((argument, index) => {
      if (isLiteral(argument) || entry.requestArguments?.includes(index)) return;
      if (carriesRequestData(scope, argument)) (entry.requestArguments ??= []).push(index);
    });
  }
}

/**
 * How many identifiers of the file, from the node index's one list of them, stand where `wordMentions` counts a word
 * spelled as each of `names`: each is one of its mentions, at a place of its own.
 */
function identifierMentions(sourceFile: ts.SourceFile, names: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  someDescendantOfKinds(sourceFile, identifierKind, (node) => {
    const name = (node as ts.Identifier).text;
    if (names.has(name) && isWordAt(sourceFile.text, name, node.end - name.length)) counts.set(name, (counts.get(name) ?? 0) + 1);
    return false;
  });
  return counts;
}

const identifierKind = [ts.SyntaxKind.Identifier];

/** A name's own word: what a scan of the text for `[A-Za-z_$][\w$]*` can yield (an identifier with other letters cannot). */
const asciiWord = /^[A-Za-z_$][\w$]*$/;

/**
 * How many words of `text` (as `/[A-Za-z_$][\w$]*\/g` splits it) are `word`, counted up to `limit`: found with `indexOf`,
 * since splitting a whole file into words made a string for each.
 */
export function wordMentions(text: string, word: string, limit: number): number {
  if (!asciiWord.test(word)) return 0;
  let count = 0;
  for (let at = text.indexOf(word); at >= 0 && count < limit; at = text.indexOf(word, at + 1)) if (isWordAt(text, word, at)) count++;
  return count;
}

/** `text` has the word `word` (ASCII) at `at`: spelled there, with no word character after it or before it. */
function isWordAt(text: string, word: string, at: number): boolean {
  if (at < 0 || !text.startsWith(word, at) || isWordChar(text.charCodeAt(at + word.length))) return false;
  // A word starts at its first letter after any digits: `9abc` holds the word `abc`, `a9bc` does not.
  let before = at - 1;
  while (before >= 0 && isDigit(text.charCodeAt(before))) before--;
  return before < 0 || !isWordChar(text.charCodeAt(before));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** `[\w$]`; NaN past the end is none. */
function isWordChar(code: number): boolean {
  return isDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 36;
}

/**
 * At module level, in the body of a function the module calls from module level (`async function start() { … }
 * start();`), in the body of a Nest start-up hook (`configure(consumer)` of a NestModule, `onModuleInit`), or in a
 * `then`/`catch`/`finally` callback of a promise made while starting (`app.prepare().then(() => { startJobs(); })`):
 * a promise settles once, so its callbacks run once.
 */
function runsWhileStarting(call: ts.CallExpression): boolean {
  if (!isInsideFunction(call)) return true;
  const fn = enclosingFunction(call);
  if (fn && isNestStartupHook(fn)) return true;
  const settled = fn && settlementCallOf(fn);
  if (settled) return runsWhileStarting(settled);
  const holder = moduleFunctionHolding(call);
  return holder !== undefined && startFunctionNames(call.getSourceFile()).has(holder);
}

function isLiteral(node: ts.Expression): boolean {
  const expression = unwrapExpression(node);
  return ts.isStringLiteralLike(expression) || ts.isNumericLiteral(expression);
}


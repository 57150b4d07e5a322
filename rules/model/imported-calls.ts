// How a file calls the functions it imports: for each imported function called by name, the argument positions it is
// ever handed something other than a literal, and whether any call runs inside a function (after load) rather than at
// module level, and whether any runs after the module's start-up (neither at module level nor in a function the module
// calls from there, such as `start()`). Also the imported names the file never mentions again (an unused import). Lets a module's own analysis ask what every caller in the project passes (a registry keyed only by
// literals its importers write, or filled only while they load). Records only; never reports.
import { ts } from "ts-morph";
import type { Extractor } from "./summarize.js";
import { isNestStartupHook } from "./frameworks/nest.js";
import { enclosingFunction, moduleFunctionHolding, startFunctionNames, unwrapExpression } from "./syntax.js";

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
    if (!entry.calledInFunction && isInsideFunction(call)) entry.calledInFunction = true;
    if (!entry.calledAfterStart && !runsWhileStarting(call)) entry.calledAfterStart = true;
  },
  finish({ sourceFile, summary }) {
    const uncalled = new Set(summary.imports.filter((binding) => binding.imported !== "*" && !summary.importedCalls?.some((entry) => entry.callee === binding.local)).map((binding) => binding.local));
    if (uncalled.size === 0) return;
    // Counted in the text, comments included: a mention anywhere but the import keeps the binding "used" (it may be passed on).
    const mentions = new Map<string, number>();
    for (const [word] of sourceFile.text.matchAll(/[A-Za-z_$][\w$]*/g)) if (uncalled.has(word)) mentions.set(word, (mentions.get(word) ?? 0) + 1);
    const unreferenced = [...uncalled].filter((local) => mentions.get(local) === 1);
    if (unreferenced.length > 0) summary.unreferencedImports = unreferenced;
  },
};

/**
 * At module level, in the body of a function the module calls from module level (`async function start() { … }
 * start();`), or in the body of a Nest start-up hook (`configure(consumer)` of a NestModule, `onModuleInit`).
 */
function runsWhileStarting(call: ts.CallExpression): boolean {
  if (!isInsideFunction(call)) return true;
  const fn = enclosingFunction(call);
  if (fn && isNestStartupHook(fn)) return true;
  const holder = moduleFunctionHolding(call);
  return holder !== undefined && startFunctionNames(call.getSourceFile()).has(holder);
}

function isLiteral(node: ts.Expression): boolean {
  const expression = unwrapExpression(node);
  return ts.isStringLiteralLike(expression) || ts.isNumericLiteral(expression);
}

/** Inside a function body, except an IIFE run while the module loads. */
function isInsideFunction(node: ts.Node): boolean {
  for (let current = node.parent; current && !ts.isSourceFile(current); current = current.parent) {
    if (!ts.isFunctionLike(current)) continue;
    let outer = current.parent;
    while (ts.isParenthesizedExpression(outer)) outer = outer.parent;
    if (!(ts.isCallExpression(outer) && unwrapExpression(outer.expression) === unwrapExpression(current as ts.Expression))) return true;
  }
  return false;
}

// missing-timeout: outbound calls in server code that can wait forever. Reads the outbound-calls model and merges a
// timeout into the call's (or its instance's) options. Browser code, where the user can navigate away, is out of scope
// (the engine runs server rules on server code only).
import { ts } from "ts-morph";
import { z } from "zod";
import type { FixBuilder } from "./engine/fix-builder.js";
import { defineRule, type RuleContext } from "./engine/types.js";
import { declaredMaxDuration } from "./model/frameworks/next.js";
import { reactNativeDependentOf } from "./model/runtimes.js";
import { timeoutOptionNames } from "./model/outbound-calls.js";
import { quoteNode } from "./model/secret-literals.js";
import { calleeText, findNodeBySpan, referencesOf, topLevelFunctionOf } from "./model/syntax.js";
import type { OutboundCallSummary, OutboundClient } from "./model/types.js";

const optionsSchema = z.object({
  /** Milliseconds written by the fix for HTTP clients. */
  timeoutMs: z.number().int().positive().default(30_000),
  /** Milliseconds written by the fix for node-postgres `connectionTimeoutMillis`. */
  connectionTimeoutMs: z.number().int().positive().default(10_000),
});
type Options = z.infer<typeof optionsSchema>;

type CallNode = ts.CallExpression | ts.NewExpression;

export default defineRule<Options>({
  id: "missing-timeout",
  meta: {
    category: "reliability",
    severity: "warn",
    needsTypes: false,
    fix: "safe",
    summary: "Outbound calls need a timeout so a slow dependency cannot hang the server.",
    fixTitle: "Add a timeout",
    messages: {
      request: "`{{callee}}(...)` has no timeout: a slow or silent upstream holds this request open forever. Set `{{option}}`.",
      instance: "The {{client}} instance made by `{{callee}}(...)` has no default timeout, so every call through it can hang. Set `{{option}}`.",
      connection: "`new {{callee}}(...)` has no `connectionTimeoutMillis`: when the database stops answering, every query waits forever for a connection.",
      disabled: "`{{callee}}(...)` switches its timeout off (`{{option}}: {{value}}`): a slow upstream can hang this request.",
    },
    options: optionsSchema,
  },
  check(ctx) {
    return {
      onEnd() {
        for (const call of ctx.file.outboundCalls) if (needsTimeout(call, ctx)) reportCall(call, ctx);
        for (const call of ctx.file.injectedClientCalls ?? []) if (holdsAxiosModule(call, ctx) && needsTimeout(call, ctx)) reportCall(call, ctx);
      },
    };
  },
});

function needsTimeout(call: OutboundCallSummary, ctx: RuleContext<Options>): boolean {
  // A call through an instance is judged at the instance's factory call, where the fix belongs.
  if (call.hasTimeout || call.isTimeoutUnknown || call.instance) return false;
  if (ctx.project.hasGlobalTimeout(call.client, ctx.filePath)) return false;
  if (call.isInstanceFactory && hasDefaultTimeoutSetByImporter(call, ctx)) return false;
  if (call.pathOnlyTarget && !ctx.project.hasGlobalBaseUrl(call.client)) return false;
  if (call.setsNodeFetchTimeout && enforcesTimeoutOption(ctx.project.manifestOf(ctx.filePath)?.clientVersions?.["node-fetch"])) return false;
  const wrappers = ctx.settings.timeoutWrappers;
  return !(call.enclosingCalls ?? []).some((name) => wrappers.includes(name) || wrappers.includes(name.slice(name.lastIndexOf(".") + 1)) || ctx.project.isTimeoutWrapper(name, ctx.filePath));
}

/** `export const api = axios.create()`, and a module that imports `api` sets `api.defaults.timeout`: the instance has one. */
function hasDefaultTimeoutSetByImporter(call: OutboundCallSummary, ctx: RuleContext<Options>): boolean {
  const binding = findNodeBySpan(ctx.sourceFile, call.span, isCallNode)?.parent;
  return binding !== undefined && ts.isVariableDeclaration(binding) && ts.isIdentifier(binding.name) && ctx.project.hasDefaultTimeoutSetElsewhere(ctx.filePath, binding.name.text);
}

/** A call through a class field the constructor was handed: axios itself at every production `new` site of the class. */
function holdsAxiosModule(call: OutboundCallSummary, ctx: RuleContext<Options>): boolean {
  return call.injectedAt !== undefined && ctx.project.injectsAxiosModule(ctx.filePath, call.injectedAt.className, call.injectedAt.index);
}

/** node-fetch 1.x and 2.x enforce their `timeout` option; 3.x removed it. An undeclared range proves nothing. */
function enforcesTimeoutOption(nodeFetchRange: string | undefined): boolean {
  const major = nodeFetchRange && /^[\^~=v\s]*(\d+)/.exec(nodeFetchRange)?.[1];
  return major === "1" || major === "2";
}

function reportCall(call: OutboundCallSummary, ctx: RuleContext<Options>): void {
  const node = findNodeBySpan(ctx.sourceFile, call.span, isCallNode);
  if (!node || inLeftBehindFunction(node, ctx)) return;
  const callee = calleeText(node) ?? quoteNode(node.expression, ctx.sourceFile);
  const span = { start: call.span.start, end: node.expression.getEnd() };
  const property = timeoutProperty(call.client, ctx.options);
  const option = property.slice(0, property.indexOf(":"));
  if (call.isTimeoutDisabled) {
    const disabling = disablingProperty(call, ctx.sourceFile);
    const value = disabling ? quoteNode(disabling.initializer, ctx.sourceFile) : "off";
    ctx.report({
      span,
      messageId: "disabled",
      data: { callee, option: disabling ? propertyName(disabling) : option, value },
      // Switching a timeout back on overrides an explicit choice, so it is offered, never applied by fix-all.
      suggestions: disabling ? [{ title: `Replace with \`${property}\``, apply: (edit) => edit.replace(disabling, property) }] : [],
    });
    return;
  }
  const messageId = call.client === "pg" ? "connection" : call.isInstanceFactory ? "instance" : "request";
  const apply = (edit: FixBuilder) => addTimeout(edit, node, call, property, ctx.sourceFile);
  // An abort signal also bounds reading the body: on a streamed export or download (here, or by the callers the unread
  // response goes back to), a fixed request timeout would cut off a large body mid-way, so the timeout there is a
  // choice for a person (a longer one, or one for the headers only).
  // The same for an upload: the abort also bounds sending a file, so 30 s cuts off a large one on a slow uplink.
  // A route that declares a longer run time than the timeout (`maxDuration = 300`) waits on its upstreams on purpose:
  // a 30 s abort there cuts off the slow work the budget was raised for (a watermarking call, a long export).
  const budget = declaredMaxDuration(ctx.sourceFile);
  const reactNative = property.includes("AbortSignal.timeout") ? reactNativeDependentOf(ctx.filePath, ctx.settings) : undefined;
  const intent = call.mayStreamBody
    ? "it also stops reading a streamed body: check large downloads"
    : call.sendsUpload
      ? "it also bounds sending the body, a form, file or stream: a large upload on a slow link takes longer; choose a timeout that fits it"
      : budget !== undefined && budget * 1000 > ctx.options.timeoutMs
        ? `this route declares a ${budget} s run time: choose a timeout that fits it`
        : reactNative !== undefined
          ? `React Native apps run this code (through ${reactNative}) and have no AbortSignal.timeout: abort through an AbortController and a timer there`
          : undefined;
  const fix = intent ? (edit: FixBuilder) => apply(edit.offerAsSuggestion(intent)) : apply;
  ctx.report({ span, messageId, data: { callee, option, client: call.client }, fix });
}

/** The call sits in a module-level function that nothing ever runs: left-behind code that never sends the request. */
function inLeftBehindFunction(node: CallNode, ctx: RuleContext<Options>): boolean {
  const fn = topLevelFunctionOf(node);
  return fn !== undefined && isNeverRun(fn, ctx, new Set());
}

/**
 * A module-level function named in its file only inside module-level functions that are never run themselves (or
 * not at all), and either not exported or exported but never named by any production importer (see
 * ProjectModel.isLeftBehindExport). Functions that only call each other are left behind together.
 */
function isNeverRun(fn: { name: ts.Identifier; declaration: ts.Node }, ctx: RuleContext<Options>, deciding: Set<ts.Node>): boolean {
  if (deciding.has(fn.declaration)) return true;
  const declaration = fn.declaration as ts.VariableDeclaration | (ts.FunctionDeclaration & { name: ts.Identifier });
  if (deciding.size > 4) return false;
  deciding.add(declaration);
  const exported = ctx.file.exports.find((binding) => binding.local === fn.name.text);
  if (exported && !ctx.project.isLeftBehindExport(ctx.filePath, exported.exported)) return false;
  // An export list names the function for importers, which isLeftBehindExport has judged.
  return referencesOf(declaration).every((reference) => {
    if (ts.isExportSpecifier(reference.parent)) return true;
    const holder = topLevelFunctionOf(reference);
    return holder !== undefined && isNeverRun(holder, ctx, deciding);
  });
}

function isCallNode(node: ts.Node): node is CallNode {
  return ts.isCallExpression(node) || ts.isNewExpression(node);
}

function timeoutProperty(client: OutboundClient, options: Options): string {
  const http = formatMilliseconds(options.timeoutMs);
  switch (client) {
    case "fetch":
    case "undici":
    // Node's http `timeout` option only emits an event; a signal aborts the request (an "error" the caller handles).
    case "http":
      return `signal: AbortSignal.timeout(${http})`;
    case "got":
      // got 12+ rejects a bare number: its timeout is per phase.
      return `timeout: { request: ${http} }`;
    case "pg":
      return `connectionTimeoutMillis: ${formatMilliseconds(options.connectionTimeoutMs)}`;
    default:
      return `timeout: ${http}`;
  }
}

/** `30_000`: digit groups from five digits on, as numeric-separator style guides write them (plain digits in a file that writes none: see CodeStyle). */
function formatMilliseconds(value: number): string {
  const digits = String(value);
  return digits.length < 5 ? digits : digits.replace(/\B(?=(\d{3})+$)/g, "_");
}

function addTimeout(edit: FixBuilder, node: CallNode, call: OutboundCallSummary, property: string, sourceFile: ts.SourceFile): void {
  const literal = call.options && findNodeBySpan(sourceFile, call.options, ts.isObjectLiteralExpression);
  if (literal) {
    mergeProperty(edit, literal, property, sourceFile);
    return;
  }
  const index = call.optionsIndex;
  if (index === undefined) return;
  const args = node.arguments;
  if (!args) {
    edit.insertAfter(node.expression, `({ ${property} })`);
    return;
  }
  const existing = args[index];
  if (existing && call.client === "pg") {
    edit.replace(existing, `{ connectionString: ${existing.getText(sourceFile)}, ${property} }`);
    return;
  }
  if (existing) {
    edit.insertBefore(existing, `{ ${property} }, `);
    return;
  }
  const placeholders = "undefined, ".repeat(index - args.length);
  const last = args[args.length - 1];
  if (!last) {
    edit.insertAfter(args.pos, `${placeholders}{ ${property} }`);
    return;
  }
  const lastStart = last.getStart(sourceFile);
  // Arguments written one per line get the options on a line of their own, after any trailing comma.
  if (lineOf(sourceFile, lastStart) !== lineOf(sourceFile, node.expression.getEnd())) {
    const indent = /^[ \t]*/.exec(sourceFile.text.slice(sourceFile.getPositionOfLineAndCharacter(lineOf(sourceFile, lastStart), 0), lastStart))![0];
    const newline = newlineOf(sourceFile.text);
    if (args.hasTrailingComma) edit.insertAfter(sourceFile.text.indexOf(",", last.end) + 1, `${newline}${indent}${placeholders}{ ${property} },`);
    else edit.insertAfter(last, `,${newline}${indent}${placeholders}{ ${property} }`);
    return;
  }
  edit.insertAfter(last, `, ${placeholders}{ ${property} }`);
}

/** Adds `property` as the object's last property, on its own line with matching indentation when the object is multi-line. */
function mergeProperty(edit: FixBuilder, literal: ts.ObjectLiteralExpression, property: string, sourceFile: ts.SourceFile): void {
  const properties = literal.properties;
  const first = properties[0];
  const last = properties[properties.length - 1];
  if (!first || !last) {
    edit.replace(literal, `{ ${property} }`);
    return;
  }
  const text = sourceFile.text;
  const isMultiLine = lineOf(sourceFile, literal.getStart(sourceFile)) !== lineOf(sourceFile, first.getStart(sourceFile));
  if (properties.some(ts.isSpreadAssignment)) {
    // First, so a spread that sets the option when it can (`...(ms ? { signal } : {})`) still wins.
    const firstStart = first.getStart(sourceFile);
    const lineStart = sourceFile.getPositionOfLineAndCharacter(lineOf(sourceFile, firstStart), 0);
    const indent = /^[ \t]*/.exec(text.slice(lineStart, firstStart))![0];
    edit.insertBefore(first, isMultiLine ? `${property},${newlineOf(text)}${indent}` : `${property}, `);
    return;
  }
  const commaEnd = properties.hasTrailingComma ? text.indexOf(",", last.end) + 1 : undefined;
  if (!isMultiLine) {
    if (commaEnd !== undefined) edit.insertAfter(commaEnd, ` ${property},`);
    else edit.insertAfter(last, `, ${property}`);
    return;
  }
  const lastStart = last.getStart(sourceFile);
  // Line starts from the parser, which honours every line terminator (a file may end its lines with a lone CR).
  const lineStart = sourceFile.getPositionOfLineAndCharacter(lineOf(sourceFile, lastStart), 0);
  const indent = /^[ \t]*/.exec(text.slice(lineStart, lastStart))![0];
  const newline = newlineOf(text);
  if (commaEnd === undefined) {
    edit.insertAfter(last, `,${newline}${indent}${property}`);
    return;
  }
  // At the end of the trailing comma's line, so a comment there stays with its property.
  const lineEnd = text.slice(commaEnd, literal.getEnd() - 1).search(/[\r\n\u2028\u2029]/);
  edit.insertAfter(lineEnd === -1 ? commaEnd : commaEnd + lineEnd, `${newline}${indent}${property},`);
}

function newlineOf(text: string): string {
  return text.includes("\r\n") ? "\r\n" : text.includes("\r") ? "\r" : "\n";
}

function lineOf(sourceFile: ts.SourceFile, position: number): number {
  return sourceFile.getLineAndCharacterOfPosition(position).line;
}

function disablingProperty(call: OutboundCallSummary, sourceFile: ts.SourceFile): ts.PropertyAssignment | undefined {
  const literal = call.options && findNodeBySpan(sourceFile, call.options, ts.isObjectLiteralExpression);
  const names = timeoutOptionNames[call.client];
  return literal?.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && names.includes(propertyName(p)));
}

function propertyName(property: ts.PropertyAssignment): string {
  return ts.isIdentifier(property.name) || ts.isStringLiteralLike(property.name) ? property.name.text : "";
}


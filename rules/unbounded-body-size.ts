// unbounded-body-size: body parsers whose size limit is over the configured maximum, switched off, or missing where the
// library has none, and fetch-style handlers that buffer a whole body unchecked. Reads the body-limits model; the fix
// writes the configured maximum into a parser's options that set no limit, and suggests lowering an explicit one.
import * as path from "node:path";
import { ts } from "ts-morph";
import { z } from "zod";
import type { FixBuilder } from "./engine/fix-builder.js";
import { defineRule, type RuleContext } from "./engine/types.js";
import { parseByteSize, unboundedBufferedReads, type BodyParserSummary } from "./model/body-limits.js";
import { runsOnlyHosted } from "./model/client-address.js";
import { distinctHandlers, routeHandlersIn } from "./model/route-handlers.js";
import { quoteNode, quoteSource } from "./model/secret-literals.js";
import { constInitializerOf, findNodeBySpan, unwrapExpression } from "./model/syntax.js";

const sizeString = z.string().refine((value) => parseByteSize(value) !== undefined, { message: 'a size such as "1mb" or "512kb"' });

const optionsSchema = z.object({
  /** The JSON, urlencoded or text limit written where a parser has none. */
  jsonLimit: sizeString.default("1mb"),
  /**
   * The largest JSON, urlencoded or text limit a project may set on purpose (or its platform enforce) before it is
   * reported: a few megabytes for large documents is a decision, tens of megabytes before authentication is a gap.
   */
  explicitJsonLimit: sizeString.default("10mb"),
  /** The largest raw body, file upload or catch-all body limit. */
  rawLimit: sizeString.default("10mb"),
});
type Options = z.infer<typeof optionsSchema>;

const fetchStyleFrameworks = new Set(["next-app", "edge-function", "worker"]);

export default defineRule<Options>({
  id: "unbounded-body-size",
  meta: {
    category: "reliability",
    severity: "warn",
    needsTypes: false,
    fix: "safe",
    summary: "Request bodies need a size limit no larger than the configured maximum so one request cannot exhaust memory.",
    fixTitle: "Set the body limit to the configured maximum",
    messages: {
      overLimit:
        "`{{parser}}` accepts bodies up to {{size}} (`{{option}}`), over the {{explicitMaximum}} maximum: a few large requests exhaust memory. Lower it, or raise `{{explicitOption}}` for this rule if the size is intended.",
      unlimited: "`{{parser}}` sets `{{option}}` to no limit: one large request can exhaust memory. Set it to {{maximum}} or less.",
      missingLimit: "`{{parser}}` has no `{{option}}`, and its default accepts files of any size: set one ({{maximum}} or less).",
      bufferedRead: "`{{read}}` buffers the whole body with no size check: check `content-length` (and the buffered size) against a maximum first.",
    },
    options: optionsSchema,
  },
  check: (ctx) => ({
    onEnd() {
      for (const parser of ctx.file.bodyParsers ?? []) checkParser(ctx, parser, ctx.file.bodyParsers!);
      for (const { linked, handler } of distinctHandlers(routeHandlersIn(ctx.project, ctx.file, ctx.sourceFile))) {
        if (!fetchStyleFrameworks.has(linked.route.framework)) continue;
        for (const read of unboundedBufferedReads(handler)) {
          if (isBoundedByPlatform(ctx, read)) continue;
          ctx.report({ node: read, messageId: "bufferedRead", data: { read: quoteNode(read) } });
        }
      }
    },
  }),
});

/**
 * The platform refuses bodies over a size within this read's budget before the handler runs: `text()` is held to
 * `explicitJsonLimit` (a platform's cap is a limit the deployment sets on purpose), `arrayBuffer()`/`blob()`/`formData()`
 * (files, raw bytes) to `rawLimit`.
 */
function isBoundedByPlatform(ctx: RuleContext<Options>, read: ts.CallExpression): boolean {
  // A read behind a self-hosted exit (`if (isSelfHosted) return …`) runs only on the hosted service.
  const platformLimit = ctx.project.platformBodyLimit(ctx.filePath, runsOnlyHosted(read));
  if (platformLimit === undefined) return false;
  const method = ts.isPropertyAccessExpression(read.expression) ? read.expression.name.text : "";
  return platformLimit <= parseByteSize(method === "text" ? ctx.options.explicitJsonLimit : ctx.options.rawLimit)!;
}

function checkParser(ctx: RuleContext<Options>, parser: BodyParserSummary, fileParsers: readonly BodyParserSummary[]): void {
  const maximumText = parser.budget === "json" ? ctx.options.jsonLimit : ctx.options.rawLimit;
  const maximum = parseByteSize(maximumText)!;
  const data = { parser: parser.parser, option: parser.option, maximum: maximumText };
  const limitText = limitLiteral(parser, maximumText, maximum);
  // A limit the project wrote is held to the budget for deliberate limits; one it left out gets the plain maximum.
  const explicitText = parser.budget === "json" ? ctx.options.explicitJsonLimit : ctx.options.rawLimit;
  const explicitMaximum = Math.max(maximum, parseByteSize(explicitText)!);
  if (parser.missing) {
    const insert = (edit: FixBuilder) => insertLimit(edit, ctx, parser.insertInto!, parser.insertPath!, limitText);
    // The app's other parsers admit larger bodies on purpose (a size over the maximum, or one computed from config):
    // uploads between the two sizes pass them today, so a smaller file limit here is for a person to choose.
    const admitsLarger = (other: BodyParserSummary) => other !== parser && other.value !== undefined && !other.unlimited && (other.bytes === undefined || other.bytes > maximum);
    const larger = fileParsers.find(admitsLarger);
    const largerElsewhere = larger ? undefined : ctx.project.packageBodyParsers(ctx.filePath).find((other) => other.filePath !== ctx.filePath && admitsLarger(other.parser));
    const ownCheck = larger || largerElsewhere || parser.writesToDisk ? undefined : uploadSizeCheckedAgainstSetting(ctx.sourceFile);
    const reason = larger
      ? `this file's \`${larger.parser}\` admits larger bodies (\`${quoteSource(ctx.sourceFile, larger.value!)}\`): choose a file limit that fits the uploads it forwards`
      : largerElsewhere
        ? `the app's \`${largerElsewhere.parser.parser}\` in ${path.relative(ctx.settings.root, largerElsewhere.filePath).replace(/\\/g, "/")} admits ${largerElsewhere.parser.bytes === undefined ? "a configured size" : formatSize(largerElsewhere.parser.bytes)}: choose a file limit that fits the uploads it takes`
      : parser.writesToDisk
        ? "files go to disk, not memory: choose a limit that fits the largest file it takes (an archive, a backup, an import)"
        : ownCheck
          ? `the handler checks each upload against the project's own limit (\`${quoteNode(ownCheck, ctx.sourceFile)}\`): set the parser's limit from that setting`
          : undefined;
    const fix = !parser.insertInto || !parser.insertPath ? undefined : reason ? (edit: FixBuilder) => insert(edit.offerAsSuggestion(reason)) : insert;
    ctx.report({ span: parser.span, messageId: "missingLimit", data, fix });
    return;
  }
  if (!parser.value || !(parser.unlimited || (parser.bytes !== undefined && parser.bytes > explicitMaximum))) return;
  // An explicit limit, even "none", is the project's decision: a fix that lowers it may reject uploads the project
  // accepts on purpose, so it is offered as a suggestion, never applied by fix-all.
  const reason = "the limit is the project's own choice: a lower one may refuse uploads it accepts on purpose";
  const lower = { title: `Lower the limit to ${maximumText}`, apply: (edit: FixBuilder) => edit.offerAsSuggestion(reason).replace(parser.value!, limitText) };
  if (parser.unlimited) ctx.report({ span: parser.value, messageId: "unlimited", data, fix: lower });
  else {
    const over = { size: formatSize(parser.bytes!), explicitMaximum: explicitMaximum > maximum ? explicitText : maximumText, explicitOption: parser.budget === "json" ? "explicitJsonLimit" : "rawLimit" };
    ctx.report({ span: parser.value, messageId: "overLimit", data: { ...data, ...over }, fix: lower });
  }
}

/**
 * `if (file.size > config.uploader.userLimit)` with `file` one of `req.files` (or `req.file` itself): the handler holds
 * each uploaded file to a size the project configures, which a fixed parser limit would silently undercut.
 */
function uploadSizeCheckedAgainstSetting(sourceFile: ts.SourceFile): ts.Expression | undefined {
  const isUploadedFile = (node: ts.Expression, depth = 0): boolean => {
    const value = unwrapExpression(node);
    if (ts.isPropertyAccessExpression(value)) return /^files?$/.test(value.name.text);
    if (ts.isElementAccessExpression(value)) return isUploadedFile(value.expression, depth);
    if (!ts.isIdentifier(value) || depth > 2) return false;
    const initializer = constInitializerOf(value);
    if (initializer) return isUploadedFile(initializer, depth + 1);
    // `for (const file of files)`: the loop that declares the name walks the uploaded files.
    for (let scope: ts.Node | undefined = value.parent; scope; scope = scope.parent) {
      if (!ts.isForOfStatement(scope) || !ts.isVariableDeclarationList(scope.initializer)) continue;
      const declared = scope.initializer.declarations[0]?.name;
      if (declared && ts.isIdentifier(declared) && declared.text === value.text) return isUploadedFile(scope.expression, depth + 1);
    }
    return false;
  };
  const sizeOfUpload = (node: ts.Expression): boolean => {
    const value = unwrapExpression(node);
    return ts.isPropertyAccessExpression(value) && value.name.text === "size" && isUploadedFile(value.expression);
  };
  let found: ts.Expression | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isBinaryExpression(node)) {
      const kind = node.operatorToken.kind;
      const greater = kind === ts.SyntaxKind.GreaterThanToken || kind === ts.SyntaxKind.GreaterThanEqualsToken;
      const less = kind === ts.SyntaxKind.LessThanToken || kind === ts.SyntaxKind.LessThanEqualsToken;
      const limit = greater && sizeOfUpload(node.left) ? node.right : less && sizeOfUpload(node.right) ? node.left : undefined;
      if (limit && !ts.isNumericLiteral(unwrapExpression(limit)) && !ts.isBinaryExpression(unwrapExpression(limit))) found = node;
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** `"1mb"` for options that take size strings; `10 * 1024 * 1024` for those that take bytes. */
function limitLiteral(parser: BodyParserSummary, maximumText: string, maximum: number): string {
  if (parser.acceptsSizeString) return JSON.stringify(maximumText);
  for (const [unit, size] of [["1024 * 1024 * 1024", 1024 ** 3], ["1024 * 1024", 1024 ** 2], ["1024", 1024]] as const) {
    if (maximum % size === 0) return `${maximum / size} * ${unit}`;
  }
  return String(maximum);
}

function formatSize(bytes: number): string {
  for (const [unit, size] of [["GB", 1024 ** 3], ["MB", 1024 ** 2], ["KB", 1024]] as const) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}

/** Adds `limits: { fileSize: ... }` to an options object, or passes one to a call that has none (`multer()`). */
function insertLimit(edit: FixBuilder, ctx: RuleContext<Options>, at: { start: number; end: number }, keyPath: string, value: string): void {
  const keys = keyPath.split(".");
  const property = keys.reduceRight((inner, key) => `${key}: ${inner === value ? inner : `{ ${inner} }`}`, value);
  const node = findNodeBySpan(ctx.sourceFile, at);
  if (node && ts.isObjectLiteralExpression(node)) {
    const last = node.properties[node.properties.length - 1];
    if (!last) {
      edit.replace(node, `{ ${property} }`);
      return;
    }
    const lastStart = last.getStart(ctx.sourceFile);
    const multiline = ctx.text.slice(node.getStart(ctx.sourceFile), lastStart).includes("\n");
    const indent = ctx.text.slice(ctx.text.lastIndexOf("\n", lastStart) + 1, lastStart);
    const separator = multiline ? `\n${indent}` : " ";
    if (node.properties.hasTrailingComma) edit.insertAfter(node.properties.end, `${separator}${property},`);
    else edit.insertAfter(last, `,${separator}${property}`);
  } else if (node && (ts.isCallExpression(node) || ts.isNewExpression(node)) && (node.arguments?.length ?? 0) === 0) {
    edit.replace({ start: node.getEnd() - 2, end: node.getEnd() }, `({ ${property} })`);
  }
}

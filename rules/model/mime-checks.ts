// Content-type and MIME checks that match more than they mean to: prefix/substring/suffix tests and unanchored regexes
// on a MIME value (`file.mimetype.startsWith("image/")` lets `image/svg+xml` through), and equality on the raw
// `Content-Type` header, which carries parameters. Records facts (and the exact allow-list the check stands for) only.
import { ts } from "ts-morph";
import type { Span } from "../engine/types.js";
import { quoteNode } from "./secret-literals.js";
import type { Extractor } from "./summarize.js";
import { findDeclaration, spanOf, stringValue, unwrapExpression } from "./syntax.js";

export type LooseMimeCheckKind = "prefix" | "substring" | "suffix" | "regex" | "rawHeaderEquality";

export interface LooseMimeCheckSummary {
  kind: LooseMimeCheckKind;
  /** The whole check, to report on and to replace with an exact comparison. */
  span: Span;
  /** The MIME value as written (`file.mimetype`, `req.headers["content-type"]`). */
  subject: string;
  /** The subject is a raw `Content-Type` header, which may carry `; charset=...` parameters. */
  isRawHeader: boolean;
  /** The media types the check stands for, when they can be read from it (`image/` → the common raster types). */
  allowList?: string[];
}

const mimeNames = /^(mime|mimetype|mimeType|mime_type|contentType|content_type|mediaType)$/;
const fileLikeObject = /(file|upload|blob|image|attachment|avatar|photo|part|document|media)s?$/i;
const looseMethods: Record<string, LooseMimeCheckKind> = { startsWith: "prefix", includes: "substring", endsWith: "suffix", indexOf: "substring", match: "regex", search: "regex" };

/** What a family prefix is usually meant to allow: raster images only (never `image/svg+xml`, which runs script). */
const familyDefaults: Record<string, string[]> = {
  image: ["image/png", "image/jpeg", "image/gif", "image/webp"],
  video: ["video/mp4", "video/webm"],
  audio: ["audio/mpeg", "audio/ogg", "audio/wav"],
  text: ["text/plain"],
};
const wordDefaults: Record<string, string[]> = {
  json: ["application/json"],
  pdf: ["application/pdf"],
  csv: ["text/csv"],
  xml: ["application/xml"],
  zip: ["application/zip"],
  png: ["image/png"],
  jpeg: ["image/jpeg"],
  jpg: ["image/jpeg"],
};

export const mimeChecks: Extractor = {
  kinds: [ts.SyntaxKind.CallExpression, ts.SyntaxKind.BinaryExpression],
  visit(node, { summary, sourceFile }) {
    const check = ts.isCallExpression(node) ? looseCall(node) : rawHeaderEquality(node as ts.BinaryExpression);
    if (!check) return;
    (summary.looseMimeChecks ??= []).push({
      kind: check.kind,
      span: spanOf(check.node, sourceFile),
      subject: quoteNode(check.subject, sourceFile),
      isRawHeader: isRawContentType(check.subject),
      allowList: check.allowList,
    });
  },
};

interface LooseCheck {
  kind: LooseMimeCheckKind;
  node: ts.Node;
  subject: ts.Expression;
  allowList?: string[];
}

function looseCall(call: ts.CallExpression): LooseCheck | undefined {
  const callee = unwrapExpression(call.expression);
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const method = callee.name.text;
  const argument = call.arguments[0] && unwrapExpression(call.arguments[0]);
  if (!argument) return undefined;
  if (method === "test" && ts.isRegularExpressionLiteral(callee.expression) && isMimeValue(argument)) {
    const source = regexSource(callee.expression);
    return source.anchored ? undefined : { kind: "regex", node: call, subject: argument, allowList: typesInPattern(source.pattern) };
  }
  const kind = looseMethods[method];
  const subject = unwrapExpression(callee.expression);
  if (!kind || !isMimeValue(subject)) return undefined;
  if (ts.isRegularExpressionLiteral(argument)) {
    const source = regexSource(argument);
    return source.anchored ? undefined : { kind: "regex", node: call, subject, allowList: typesInPattern(source.pattern) };
  }
  const text = stringValue(argument);
  // `indexOf` compared with a number is reported as the comparison, so the suggestion replaces all of it.
  const node = method === "indexOf" && ts.isBinaryExpression(call.parent) ? call.parent : call;
  return { kind, node, subject, allowList: text === undefined || method === "indexOf" || method === "search" ? undefined : allowListFor(text, kind) };
}

/** `req.headers["content-type"] === "application/json"`: false for `application/json; charset=utf-8`, so people loosen it next. */
function rawHeaderEquality(binary: ts.BinaryExpression): LooseCheck | undefined {
  const equality = [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken];
  if (!equality.includes(binary.operatorToken.kind)) return undefined;
  const left = unwrapExpression(binary.left);
  const right = unwrapExpression(binary.right);
  const [subject, literal] = isRawContentType(left) ? [left, right] : isRawContentType(right) ? [right, left] : [];
  const type = stringValue(literal);
  if (!subject || type === undefined || !type.includes("/") || type.includes(";")) return undefined;
  return { kind: "rawHeaderEquality", node: binary, subject, allowList: [type] };
}

/** A value holding a media type: a `Content-Type` header read, `file.mimetype`, `blob.type`, a variable named or set like one. */
export function isMimeValue(node: ts.Expression, depth = 0): boolean {
  const expression = unwrapExpression(node);
  if (isRawContentType(expression)) return true;
  if (ts.isPropertyAccessExpression(expression)) {
    const name = expression.name.text;
    if (mimeNames.test(name)) return true;
    const owner = unwrapExpression(expression.expression);
    return name === "type" && (ts.isIdentifier(owner) || ts.isPropertyAccessExpression(owner)) && fileLikeObject.test(ts.isIdentifier(owner) ? owner.text : owner.name.text);
  }
  if (ts.isIdentifier(expression) && depth < 3) {
    const declaration = findDeclaration(expression.text, expression);
    const initializer = declaration && ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
    if (initializer) return !ts.isArrayLiteralExpression(unwrapExpression(initializer)) && (isMimeValue(initializer, depth + 1) || (mimeNames.test(expression.text) && !isCollection(initializer)));
    if (declaration && ts.isBindingElement(declaration)) return mimeNames.test(expression.text);
    return !!declaration && ts.isParameter(declaration) && mimeNames.test(expression.text);
  }
  if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) return isMimeValue(expression.left, depth + 1);
  return false;
}

/** `headers["content-type"]`, `req.get("content-type")`, `request.headers.get("Content-Type")`, `c.req.header("content-type")`. */
export function isRawContentType(node: ts.Expression): boolean {
  const expression = unwrapExpression(node);
  if (ts.isElementAccessExpression(expression)) return stringValue(expression.argumentExpression)?.toLowerCase() === "content-type";
  if (ts.isCallExpression(expression) && expression.arguments.length === 1 && ts.isPropertyAccessExpression(expression.expression)) {
    return /^(get|header|getHeader)$/.test(expression.expression.name.text) && stringValue(expression.arguments[0])?.toLowerCase() === "content-type";
  }
  if (ts.isIdentifier(expression)) {
    const declaration = findDeclaration(expression.text, expression);
    const initializer = declaration && ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
    return !!initializer && initializer !== node && isRawContentType(initializer);
  }
  if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) return isRawContentType(expression.left);
  return false;
}

function isCollection(initializer: ts.Expression): boolean {
  const expression = unwrapExpression(initializer);
  return ts.isNewExpression(expression) || ts.isObjectLiteralExpression(expression);
}

function regexSource(literal: ts.RegularExpressionLiteral): { pattern: string; anchored: boolean } {
  const pattern = literal.text.slice(1, literal.text.lastIndexOf("/"));
  return { pattern, anchored: pattern.startsWith("^") && pattern.endsWith("$") && !pattern.endsWith("\\$") };
}

/** `image\/(png|jpe?g)` → image/png, image/jpeg; `application\/pdf` → application/pdf; anything fancier → undefined. */
function typesInPattern(pattern: string): string[] | undefined {
  const plain = pattern.replace(/^\^/, "").replace(/\$$/, "").replace(/\\\//g, "/").replace(/jpe\?g/g, "(jpeg|jpg)");
  const match = /^([a-z]+)\/(?:\(\?:|\()?([a-z0-9.+|-]+)\)?$/.exec(plain.replace(/\(\?:/g, "("));
  if (!match) return undefined;
  const subtypes = match[2]!.split("|").filter((subtype) => subtype !== "jpg" && /^[a-z0-9.+-]+$/.test(subtype));
  return subtypes.length > 0 ? subtypes.map((subtype) => `${match[1]}/${subtype}`) : undefined;
}

function allowListFor(text: string, kind: LooseMimeCheckKind): string[] | undefined {
  const value = text.toLowerCase();
  if (kind === "prefix" && /^[a-z]+\/$/.test(value)) return familyDefaults[value.slice(0, -1)];
  if (/^[a-z]+\/[a-z0-9.+-]+$/.test(value)) return [value];
  return kind === "substring" || kind === "suffix" ? wordDefaults[value.replace(/^[/+]/, "")] : undefined;
}

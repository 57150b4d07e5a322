// How a file finds out who the client is: proxy-trust settings that believe every `X-Forwarded-For` hop (Express
// `trust proxy`, Fastify `trustProxy`, Koa `proxy`) and direct reads of the client-supplied forwarding headers used as
// the client's identity. Records facts only; passing the header on to an upstream or taking the proxy-appended
// (rightmost) hop is not an identity read.
import { ts } from "ts-morph";
import type { Span } from "../engine/types.js";
import type { Extractor } from "./summarize.js";
import { frameworkOfConstructor, frameworkOfOwner } from "./frameworks/server-apps.js";
import { deploymentSwitchOf } from "./runtimes.js";
import { calleeText, constInitializerOf, dottedName, endsByReturnOrThrow, enclosingFunction, findDeclaration, importedModuleOf, isEqualityOperator, isFallbackFor, isFallbackOperator, isFunctionLike, outermostValue, propertyNamed, referencesOf, spanOf, stringValue, unwrapExpression } from "./syntax.js";

/** A setting that trusts every proxy hop, so `req.ip` is whatever the client writes into `X-Forwarded-For`. */
export interface ProxyTrustSummary {
  span: Span;
  /** The setting as written, for messages: `app.set("trust proxy", true)`, `trustProxy: true`, `app.proxy = true`. */
  setting: string;
  /** Fastify's default request log writes `request.ip`: the trusted address always has a reader there. */
  logsAddress?: true;
}

/** A read of `X-Forwarded-For` / `X-Real-IP` whose value is used as the client's address. */
export interface ForwardedHeaderReadSummary {
  span: Span;
  /** The header as written (`x-forwarded-for`). */
  header: string;
  /** The read as written, shortened for messages. */
  label: string;
  /**
   * Set when no use takes the value as the address outright: the read is the client's address unless each of these
   * calls takes the rightmost hop (and, with `afterEdgeHeader`, unless the platform always writes that header).
   */
  helperCalls?: HelperCall[];
  /** Some use is only the fallback after a read of CF-Connecting-IP (`cfIp ?? xff`), reached when that header is missing. */
  afterEdgeHeader?: true;
  /** The read runs only on the hosted service: code before it leaves on a self-hosted install (see runsOnlyHosted). */
  hostedOnly?: true;
}

/** A call handing the header's value to a function, as `callee(…value…)`. */
export interface HelperCall {
  callee: string;
  /** The argument position the value is passed in. */
  argument: number;
}

/** A function whose parameter is a forwarding header it reads only from the right (the hop the own proxy appended). */
export interface RightmostHopHelperSummary {
  name: string;
  parameter: number;
}

/**
 * How a header value is used as an address: directly, handed to a function that may take the rightmost hop, or as the
 * fallback after the header Cloudflare writes itself.
 */
type AddressUse = "direct" | "afterEdgeHeader" | HelperCall;

const forwardingHeader = /^x-(forwarded-for|real-ip)$/i;
/** Cloudflare's edge writes it on every request it proxies, overwriting whatever the client sent. */
const edgeAddressHeader = "cf-connecting-ip";
/** Object fields that place a visitor (analytics and geo properties) rather than identify them. */
const placeField = /^(location|geo|geoLocation|region|country|city)$/i;
const headerGetters = new Set(["get", "header", "getHeader"]);

export function isForwardingHeader(name: string | undefined): boolean {
  return name !== undefined && forwardingHeader.test(name);
}

/**
 * `req.ip`, `ctx.request.ips`, `const { ip } = req` on a parameter (the request a handler or middleware is given), and
 * a morgan logger whose format prints `:remote-addr`: uses of the address a framework derives from the proxy hops it
 * trusts. A stored record's `session.ip` is none.
 */
export const proxiedAddressReads: Extractor = {
  textHint: /\bips?\b|morgan/,
  kinds: [ts.SyntaxKind.PropertyAccessExpression, ts.SyntaxKind.BindingElement, ts.SyntaxKind.CallExpression],
  visit(node, { summary }) {
    if (summary.readsProxiedAddress) return;
    if (ts.isCallExpression(node)) {
      if (isAddressLoggingMorgan(node)) summary.readsProxiedAddress = true;
      return;
    }
    if (ts.isPropertyAccessExpression(node)) {
      if (isAddressName(node.name) && isHandedIn(node.expression)) summary.readsProxiedAddress = true;
      return;
    }
    const element = node as ts.BindingElement;
    if (!ts.isObjectBindingPattern(element.parent) || !isAddressName(element.propertyName ?? element.name)) return;
    const holder = element.parent.parent;
    if (ts.isParameter(holder) || (ts.isVariableDeclaration(holder) && holder.initializer && isHandedIn(holder.initializer))) summary.readsProxiedAddress = true;
  },
};

function isAddressName(name: ts.Node): boolean {
  return ts.isIdentifier(name) && (name.text === "ip" || name.text === "ips");
}

/** A parameter, or its `request`/`req` member (Koa's `ctx.request`, Hono's `c.req`). */
function isHandedIn(receiver: ts.Expression): boolean {
  let root = unwrapExpression(receiver);
  if (ts.isPropertyAccessExpression(root) && (root.name.text === "request" || root.name.text === "req")) root = unwrapExpression(root.expression);
  const declaration = ts.isIdentifier(root) ? findDeclaration(root.text, root) : undefined;
  return declaration !== undefined && ts.isParameter(declaration);
}

/** Morgan's predefined formats that print the address; `tiny` and `dev` do not. */
const addressLoggingFormats = new Set(["combined", "common", "short", "default"]);

/** `morgan("combined")`, `morgan(":remote-addr :url")`, `morgan()`, or a format built elsewhere: the log line prints `req.ip`. */
function isAddressLoggingMorgan(call: ts.CallExpression): boolean {
  if (!ts.isIdentifier(call.expression) || importedModuleOf(call.expression.text, call) !== "morgan") return false;
  const format = call.arguments[0] && stringValue(call.arguments[0]);
  return format === undefined || addressLoggingFormats.has(format) || format.includes(":remote-addr");
}

export const clientAddress: Extractor = {
  // Proxy-trust settings name a proxy; header reads spell the header; a rightmost-hop helper splits a list on commas;
  // a helper that sends the address on builds a form.
  textHint: /proxy|x-forwarded-for|x-real-ip|\.split\(\s*["'`],|new (URLSearchParams|FormData)\b/i,
  kinds: [ts.SyntaxKind.CallExpression, ts.SyntaxKind.NewExpression, ts.SyntaxKind.BinaryExpression, ts.SyntaxKind.ElementAccessExpression, ts.SyntaxKind.BindingElement, ts.SyntaxKind.Parameter],
  visit(node, { summary, sourceFile }) {
    if (ts.isParameter(node)) {
      const helper = rightmostHopHelper(node);
      if (helper) (summary.rightmostHopHelpers ??= []).push(helper);
      return;
    }
    const trust = trustAllSetting(node, sourceFile);
    if (trust) (summary.proxyTrustAll ??= []).push(trust);
    const read = forwardedHeaderRead(node);
    if (read && (isRespelledRead(read) || isAfterConnectionAddressReturn(read.node))) return;
    const uses = read && (read.value === read.node ? addressUses(read.value) : bindingAddressUses(read.value));
    if (read && uses && uses.length > 0) {
      const label = read.node.getText(sourceFile).replace(/\s+/g, " ");
      const helperCalls = uses.includes("direct") ? undefined : uses.filter((use): use is HelperCall => typeof use !== "string");
      (summary.forwardedHeaderReads ??= []).push({
        span: spanOf(read.node, sourceFile),
        header: read.header,
        label: label.length > 60 ? `${label.slice(0, 57)}...` : label,
        ...(helperCalls && { helperCalls }),
        ...(uses.includes("afterEdgeHeader") && { afterEdgeHeader: true }),
        ...(runsOnlyHosted(read.node) && { hostedOnly: true }),
      });
    }
  },
};

/**
 * The read runs only on the hosted service: a function around it leaves first on a self-hosted install (`if
 * (isSelfHosted) return notFound()`), or it is in a handler registered on an app whose catch-all middleware, registered
 * before it at the top of the file, does so before anything else (`app.use("*", (c, next) => { if (isSelfHosted) return
 * c.notFound(); return next() })`).
 */
export function runsOnlyHosted(read: ts.Node): boolean {
  for (let fn = enclosingFunction(read); fn; fn = enclosingFunction(fn)) {
    if (fn.body && ts.isBlock(fn.body) && leavesWhenSelfHostedBefore(fn.body, read)) return true;
    const registration = fn.parent;
    if (ts.isCallExpression(registration) && registration.arguments.includes(fn as ts.Expression) && isBehindSelfHostedExit(registration)) return true;
  }
  return false;
}

/** Some statement of `block` before the one holding `node` (before all its statements without one) is `if (<self-hosted switch>) return/throw`. */
function leavesWhenSelfHostedBefore(block: ts.Block, node: ts.Node | undefined): boolean {
  for (const statement of block.statements) {
    if (node && statement.pos <= node.pos && node.end <= statement.end) return false;
    if (ts.isIfStatement(statement) && deploymentSwitchOf(statement.expression) === "self-hosted" && endsByReturnOrThrow(statement.thenStatement)) return true;
    // A middleware's exit must come before it hands the request on: only leading checks count.
    if (!node && !ts.isIfStatement(statement)) return false;
  }
  return false;
}

/** Paths a middleware registered for sees every request under. */
const catchAllPaths = new Set(["*", "/*", "/"]);

/**
 * `app.post(path, …, handler)` where an earlier top-level `app.use([catch-all path,] middleware)` of the file leaves on
 * a self-hosted install before anything else: every request reaches the handler through it.
 */
function isBehindSelfHostedExit(registration: ts.CallExpression): boolean {
  const callee = registration.expression;
  if (!ts.isPropertyAccessExpression(callee) || !ts.isIdentifier(callee.expression) || callee.name.text === "use") return false;
  const app = callee.expression.text;
  return registration.getSourceFile().statements.some((statement) => {
    if (statement.end > registration.pos || !ts.isExpressionStatement(statement) || !ts.isCallExpression(statement.expression)) return false;
    const use = statement.expression;
    if (!ts.isPropertyAccessExpression(use.expression) || use.expression.name.text !== "use" || !ts.isIdentifier(use.expression.expression) || use.expression.expression.text !== app) return false;
    const [first, ...rest] = use.arguments;
    const path = first && stringValue(first);
    const middlewares = path === undefined ? use.arguments : catchAllPaths.has(path) ? rest : [];
    return middlewares.some((middleware) => isFunctionLike(middleware) && !!middleware.body && ts.isBlock(middleware.body) && leavesWhenSelfHostedBefore(middleware.body, undefined));
  });
}

/**
 * A named function's parameter split on commas and read only from the right (after presence checks): a project helper
 * that returns the hop the own proxy appended, so a forwarding header passed to it is not the client's word. Likewise a
 * parameter only written into a request sent on (`form.set("remoteip", ip)`): the helper decides nothing on it.
 */
function rightmostHopHelper(parameter: ts.ParameterDeclaration): RightmostHopHelperSummary | undefined {
  if (!ts.isIdentifier(parameter.name)) return undefined;
  const fn = parameter.parent;
  const name = ts.isFunctionDeclaration(fn) ? fn.name?.text : (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name) ? fn.parent.name.text : undefined;
  if (!name) return undefined;
  const references = bindingReferences(parameter.name);
  // Or it only writes the value into a request it sends on (a captcha check's `remoteip` hint): nothing here decides on it.
  const readsRightmost = references.some((reference) => takesRightmostHop(outermostAddress(reference)) || isOutboundFieldWrite(outermostAddress(reference)));
  if (!readsRightmost || references.some((reference) => addressUses(reference).length > 0)) return undefined;
  return { name, parameter: fn.parameters.indexOf(parameter) };
}

function trustAllSetting(node: ts.Node, sourceFile: ts.SourceFile): ProxyTrustSummary | undefined {
  const text = (): string => node.getText(sourceFile);
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
    const method = node.expression.name.text;
    const setting = stringValue(node.arguments[0]);
    if (setting !== "trust proxy" || frameworkOfOwner(node.expression.expression) !== "express") return undefined;
    if (method === "enable" || (method === "set" && node.arguments[1]?.kind === ts.SyntaxKind.TrueKeyword)) return { span: spanOf(node, sourceFile), setting: text() };
    return undefined;
  }
  // Only `Fastify({...})` and `new Koa({...})` take these options; the name test keeps the binding lookup off other calls.
  if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments?.[0] && /^(fastify|Koa)$/i.test(calleeText(node) ?? "")) {
    const framework = frameworkOfConstructor(node);
    const options = unwrapExpression(node.arguments[0]);
    if (!framework || !ts.isObjectLiteralExpression(options)) return undefined;
    const key = framework === "fastify" ? "trustProxy" : framework === "koa" ? "proxy" : undefined;
    const property = key ? propertyNamed(options, key) : undefined;
    if (!property || !ts.isPropertyAssignment(property) || property.initializer.kind !== ts.SyntaxKind.TrueKeyword) return undefined;
    // Koa counts hops with `maxIpsCount`; with it, `proxy: true` reads only the proxy-appended entries.
    if (framework === "koa" && options.properties.some((p) => p.name?.getText(sourceFile) === "maxIpsCount")) return undefined;
    return { span: spanOf(property, sourceFile), setting: property.getText(sourceFile), ...(framework === "fastify" && { logsAddress: true as const }) };
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && node.right.kind === ts.SyntaxKind.TrueKeyword) {
    const target = unwrapExpression(node.left);
    if (!ts.isPropertyAccessExpression(target) || target.name.text !== "proxy" || frameworkOfOwner(target.expression) !== "koa") return undefined;
    if (/\.maxIpsCount\s*=/.test(sourceFile.text)) return undefined;
    return { span: spanOf(node, sourceFile), setting: text() };
  }
  return undefined;
}

interface HeaderRead {
  /** What to report. */
  node: ts.Node;
  /** The expression (or binding name) holding the header's value. */
  value: ts.Node;
  header: string;
}

/** `headers["x-forwarded-for"]`, `req.get("X-Forwarded-For")`, `headers.get(...)`, `@Headers("x-real-ip") ip`, `{ "x-forwarded-for": xff } = req.headers`. */
function forwardedHeaderRead(node: ts.Node): HeaderRead | undefined {
  const header = headerReadName(node);
  if (header !== undefined) return isForwardingHeader(header) ? { node, value: node, header } : undefined;
  if (ts.isCallExpression(node) && node.arguments.length === 1) {
    const header = stringValue(node.arguments[0]);
    if (!isForwardingHeader(header)) return undefined;
    const callee = unwrapExpression(node.expression);
    // NestJS `@Headers("x-forwarded-for") forwardedFor: string`: the parameter holds the value.
    if (ts.isIdentifier(callee) && callee.text === "Headers" && ts.isDecorator(node.parent) && ts.isParameter(node.parent.parent)) {
      return { node: node.parent, value: node.parent.parent.name, header: header! };
    }
    return undefined;
  }
  if (ts.isBindingElement(node) && node.propertyName && ts.isObjectBindingPattern(node.parent)) {
    const header = stringValue(node.propertyName);
    if (!isForwardingHeader(header)) return undefined;
    return { node, value: node.name, header: header! };
  }
  return undefined;
}

/**
 * `if (req.ip) return req.ip;` (or the socket's `remoteAddress`) earlier in a block around the read: the server's own
 * view of the connection, set on every request that came over one, is returned first, so the header is never reached.
 */
function isAfterConnectionAddressReturn(read: ts.Node): boolean {
  for (let child: ts.Node = read, parent = read.parent; parent && !isFunctionLike(parent); child = parent, parent = parent.parent) {
    if (!ts.isBlock(parent) && !ts.isSourceFile(parent)) continue;
    for (const statement of parent.statements) {
      if (statement.pos >= child.pos) break;
      if (ts.isIfStatement(statement) && !statement.elseStatement && isConnectionAddress(statement.expression) && endsByReturnOrThrow(statement.thenStatement)) return true;
    }
  }
  return false;
}

/** `req.ip`, `request.socket?.remoteAddress`, `req.connection.remoteAddress`: the address of the connection itself. */
function isConnectionAddress(expression: ts.Expression): boolean {
  const value = unwrapExpression(expression);
  if (!ts.isPropertyAccessExpression(value)) return false;
  if (value.name.text === "remoteAddress") return /(^|\.)(socket|connection)$/.test(dottedName(unwrapExpression(value.expression)) ?? "");
  return value.name.text === "ip" && ts.isIdentifier(unwrapExpression(value.expression));
}

/**
 * `headers["x-forwarded-for"] || headers["X-Forwarded-For"]`: the same header of the same request asked for again under
 * another spelling, only when the first read came back empty. It is one read of one value, reported at the first.
 */
function isRespelledRead(read: HeaderRead): boolean {
  let value: ts.Node = read.node;
  while (ts.isParenthesizedExpression(value.parent)) value = value.parent;
  const fallback = value.parent;
  if (!ts.isBinaryExpression(fallback) || fallback.right !== value || !isFallbackOperator(fallback.operatorToken.kind)) return false;
  const receiver = headerReceiverText(read.node);
  if (receiver === undefined) return false;
  const readsSame = (node: ts.Expression): boolean => {
    const operand = unwrapExpression(node);
    if (ts.isBinaryExpression(operand) && isFallbackOperator(operand.operatorToken.kind)) return readsSame(operand.left) || readsSame(operand.right);
    return headerReadName(operand) === read.header && headerReceiverText(operand) === receiver;
  };
  return readsSame(fallback.left);
}

/** The object a header is read from: `socket.handshake.headers` of `socket.handshake.headers["x-real-ip"]`, `req` of `req.get(…)`. */
function headerReceiverText(node: ts.Node): string | undefined {
  if (ts.isElementAccessExpression(node)) return dottedName(unwrapExpression(node.expression));
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) return dottedName(unwrapExpression(node.expression.expression));
  return undefined;
}

/** The header named by `headers["x-real-ip"]` or a getter call (`req.get(…)`, `headers.get(…)`, `c.req.header(…)`). */
export function headerReadName(node: ts.Node): string | undefined {
  if (ts.isElementAccessExpression(node)) return dottedName(unwrapExpression(node.expression))?.endsWith("headers") ? stringValue(node.argumentExpression)?.toLowerCase() : undefined;
  if (!ts.isCallExpression(node) || node.arguments.length !== 1) return undefined;
  const callee = unwrapExpression(node.expression);
  return ts.isPropertyAccessExpression(callee) && headerGetters.has(callee.name.text) ? stringValue(node.arguments[0])?.toLowerCase() : undefined;
}

/**
 * `cfIp ?? xff`, `cfIp ?? xff ?? "unknown"` with `const cfIp = c.req.header("CF-Connecting-IP")`: the forwarding header
 * is read only when the header Cloudflare writes is missing.
 */
function isFallbackAfterEdgeHeader(value: ts.Node): boolean {
  let found = false;
  outermostValue(value, (parent, child) => {
    if (isFallbackValue(parent, child) && readsEdgeHeader((parent as ts.BinaryExpression).left)) found = true;
    return !found && (isFallbackFor(parent, child) || isFallbackValue(parent, child));
  });
  return found;
}

/** A read of CF-Connecting-IP, in place or through the consts holding it. */
function readsEdgeHeader(expression: ts.Expression, hops = 0): boolean {
  const value = unwrapExpression(expression);
  if (ts.isIdentifier(value)) {
    const initializer = hops < 3 ? constInitializerOf(value) : undefined;
    return !!initializer && readsEdgeHeader(initializer, hops + 1);
  }
  return headerReadName(ts.isAwaitExpression(value) ? unwrapExpression(value.expression) : value) === edgeAddressHeader;
}

/**
 * Where the header's value ends up identifying the client: nowhere when it is only checked for presence, passed on or
 * read from the right; a helper call when it is handed to a plain function (which may take the rightmost hop).
 */
function addressUses(value: ts.Node): AddressUse[] {
  const uses = addressUsesOf(value);
  return uses.includes("direct") && isFallbackAfterEdgeHeader(value) ? uses.map((use) => (use === "direct" ? "afterEdgeHeader" : use)) : uses;
}

function addressUsesOf(value: ts.Node): AddressUse[] {
  const outer = outermostAddress(value);
  const parent = outer.parent;
  if (ts.isIfStatement(parent) || ts.isTypeOfExpression(parent) || (ts.isPrefixUnaryExpression(parent) && parent.operator === ts.SyntaxKind.ExclamationToken)) return [];
  if (ts.isConditionalExpression(parent) && parent.condition === outer) return [];
  // `xff && typeof xff === "string"`: a presence test; the `&&` yields the header's own value only when it is empty.
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && parent.left === outer) return [];
  if (ts.isPropertyAssignment(parent) && isForwardingHeader(stringValue(parent.name) ?? parent.name.getText())) return [];
  // `{ location: xff }` for an analytics event: describes where a visitor is, decides nothing about who they are.
  if (ts.isPropertyAssignment(parent) && parent.initializer === outer && placeField.test(stringValue(parent.name) ?? parent.name.getText())) return [];
  if (ts.isBinaryExpression(parent) && isNothingComparison(parent)) return [];
  if (ts.isTemplateSpan(parent) && isProse(parent.parent)) return [];
  if (ts.isCallExpression(parent) && parent.arguments[1] === outer && isForwardingHeader(stringValue(parent.arguments[0]))) return [];
  if (ts.isCallExpression(parent) && parent.arguments[1] === outer && isHeadersObjectWrite(parent)) return [];
  if (isOutboundFieldWrite(outer)) return [];
  if (ts.isVariableDeclaration(parent) && parent.initializer === outer) return bindingAddressUses(parent.name);
  if (takesRightmostHop(outer)) return [];
  // `xff.split(",")[0]`: still the client's word, wherever the first entry goes next.
  const firstHop = firstHopOf(outer);
  if (firstHop) return addressUses(firstHop);
  if (ts.isCallExpression(parent) && ts.isIdentifier(parent.expression) && parent.expression.text !== "String") {
    const argument = parent.arguments.indexOf(outer as ts.Expression);
    if (argument >= 0) return [{ callee: parent.expression.text, argument }];
  }
  return ["direct"];
}

/**
 * `headers.set("x-client-ip", ip)` on a `new Headers()` made here: the address is written into the headers of a
 * request or response, passed on under whatever name, not used to decide who the client is.
 */
function isHeadersObjectWrite(call: ts.CallExpression): boolean {
  return writesIntoNew(call, /^Headers$/);
}

/** `x.set(…)` / `x.append(…)` where `x` is a const of this scope made by `new C()` for a constructor `C` matching `constructors`. */
function writesIntoNew(call: ts.CallExpression, constructors: RegExp): boolean {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || (callee.name.text !== "set" && callee.name.text !== "append") || !ts.isIdentifier(callee.expression)) return false;
  const declaration = findDeclaration(callee.expression.text, callee.expression);
  const initializer = declaration && ts.isVariableDeclaration(declaration) && declaration.initializer ? unwrapExpression(declaration.initializer) : undefined;
  return !!initializer && ts.isNewExpression(initializer) && ts.isIdentifier(initializer.expression) && constructors.test(initializer.expression.text);
}

/**
 * `form.set("remoteip", ip)` on a `new URLSearchParams()` or `new FormData()` made here: the address becomes a field of
 * a request sent on to another service, which decides about it; this code does not.
 */
function isOutboundFieldWrite(value: ts.Node): boolean {
  const call = value.parent;
  return ts.isCallExpression(call) && call.arguments[1] === value && writesIntoNew(call, /^(URLSearchParams|FormData)$/);
}

/**
 * `` `**IP:** ${ip}\n**Agent:** ${agent}` ``: text for a person to read (an alert, a log line), whose literal parts hold
 * spaces or line breaks. A key built from the address (`` `login:${ip}` ``) has none and stays an identity use.
 */
function isProse(template: ts.TemplateExpression): boolean {
  return [template.head, ...template.templateSpans.map((span) => span.literal)].some((literal) => /\s/.test(literal.text));
}

/** A variable (or parameter) holding the header: the uses of all its references. */
function bindingAddressUses(name: ts.Node): AddressUse[] {
  if (!ts.isIdentifier(name)) return ["direct"];
  return bindingReferences(name).flatMap((reference) => addressUses(reference));
}

/** `xff === null`, `xff !== undefined`: a presence test. */
function isNothingComparison(binary: ts.BinaryExpression): boolean {
  const kind = binary.operatorToken.kind;
  if (!isEqualityOperator(kind)) return false;
  const isNothing = (node: ts.Expression): boolean => node.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(node) && node.text === "undefined");
  return isNothing(unwrapExpression(binary.left)) || isNothing(unwrapExpression(binary.right));
}

/**
 * `xff.split(",").at(-1)`, `.pop()`, `.slice(-1)`, `hops[hops.length - 1]`, `hops[hops.length - trustedHops]`: the
 * entry the last (own) proxy appended, counted from the right; `.map`/`.filter` on the hops keep their order.
 */
function takesRightmostHop(value: ts.Node): boolean {
  const split = value.parent;
  if (!ts.isPropertyAccessExpression(split) || split.name.text !== "split" || !ts.isCallExpression(split.parent)) return false;
  let hops: ts.Node = split.parent;
  while (ts.isPropertyAccessExpression(hops.parent) && orderKeeping.has(hops.parent.name.text) && ts.isCallExpression(hops.parent.parent)) hops = hops.parent.parent;
  const parts = outermostAddress(hops);
  const holder = parts.parent;
  if (ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name)) {
    const uses = bindingReferences(holder.name);
    return uses.length > 0 && uses.every((use) => isRightmostAccess(use));
  }
  return isRightmostAccess(parts);
}

const orderKeeping = new Set(["map", "filter"]);

/** `value.split(",")[0]`, also `.trim()`med: the leftmost entry, as an expression whose uses can be followed. */
function firstHopOf(value: ts.Node): ts.Expression | undefined {
  const split = value.parent;
  if (!ts.isPropertyAccessExpression(split) || split.name.text !== "split" || !ts.isCallExpression(split.parent)) return undefined;
  const entry = split.parent.parent;
  if (!ts.isElementAccessExpression(entry) || entry.expression !== split.parent || stringValue(entry.argumentExpression) !== "0" && entry.argumentExpression.getText() !== "0") return undefined;
  const trim = entry.parent;
  return ts.isPropertyAccessExpression(trim) && trim.name.text === "trim" && ts.isCallExpression(trim.parent) ? trim.parent : entry;
}

function isRightmostAccess(parts: ts.Node): boolean {
  const parent = parts.parent;
  if (ts.isPropertyAccessExpression(parent) && ts.isCallExpression(parent.parent)) {
    const method = parent.name.text;
    const argument = parent.parent.arguments[0];
    if (method === "pop") return true;
    if ((method === "at" || method === "slice") && argument && ts.isPrefixUnaryExpression(argument) && argument.operator === ts.SyntaxKind.MinusToken) return true;
    return false;
  }
  if (ts.isPropertyAccessExpression(parent) && parent.name.text === "length") return true;
  if (ts.isElementAccessExpression(parent)) return /\.length\s*-/.test(parent.argumentExpression.getText());
  return false;
}

/**
 * The outermost expression still carrying the address: through casts, `await`, fallbacks (`?? ""`), the fallback
 * side of one (`cfIp ?? xff`, whose value is the header's when the first is absent) and `String(...)`.
 */
function outermostAddress(node: ts.Node): ts.Node {
  return outermostValue(node, (parent, child) => isFallbackFor(parent, child) || isFallbackValue(parent, child) || (ts.isCallExpression(parent) && calleeText(parent) === "String" && parent.arguments[0] === child));
}

function isFallbackValue(parent: ts.Node, child: ts.Node): boolean {
  return ts.isBinaryExpression(parent) && parent.right === child && (parent.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || parent.operatorToken.kind === ts.SyntaxKind.BarBarToken);
}

/** Identifiers in the declaring scope that refer to `name`'s binding (a variable, destructured name or parameter). */
function bindingReferences(name: ts.Identifier): ts.Identifier[] {
  const declaration = name.parent;
  if (!ts.isVariableDeclaration(declaration) && !ts.isBindingElement(declaration) && !ts.isParameter(declaration)) return [];
  let scope: ts.Node = name;
  while (scope.parent && !ts.isBlock(scope) && !ts.isSourceFile(scope) && !ts.isFunctionLike(scope)) scope = scope.parent;
  return referencesOf(declaration, scope);
}

// JWT library calls by provenance: which of jsonwebtoken, jose, jwt-decode or @nestjs/jwt a call comes from, and
// whether it decodes or verifies. Shared by unverified-jwt and the auth checks; records nothing.
import { ts } from "ts-morph";
import { enclosingClass, importedModuleOf, unwrapExpression } from "./syntax.js";

export type JwtLibrary = "jsonwebtoken" | "jose" | "jwt-decode" | "nestjs-jwt";

/** `jwt.decode`/`jwt.verify` (jsonwebtoken), `decodeJwt`/`jwtVerify` (jose), `jwtDecode` (jwt-decode), `this.jwtService.decode` (@nestjs/jwt). */
export function jwtCall(call: ts.CallExpression): { library: JwtLibrary; member: "decode" | "verify" } | undefined {
  const callee = unwrapExpression(call.expression);
  if (ts.isIdentifier(callee)) {
    const module = importedModuleOf(callee.text, call);
    if (module === "jose") return callee.text === "decodeJwt" ? { library: "jose", member: "decode" } : callee.text === "jwtVerify" ? { library: "jose", member: "verify" } : undefined;
    if (module === "jwt-decode") return { library: "jwt-decode", member: "decode" };
    if (module === "jsonwebtoken" && (callee.text === "decode" || callee.text === "verify")) return { library: "jsonwebtoken", member: callee.text };
    return undefined;
  }
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const member = callee.name.text;
  const receiver = unwrapExpression(callee.expression);
  if (ts.isIdentifier(receiver)) {
    const module = importedModuleOf(receiver.text, call);
    if (module === "jsonwebtoken" && (member === "decode" || member === "verify")) return { library: "jsonwebtoken", member };
    if (module === "jose" && (member === "decodeJwt" || member === "jwtVerify")) return { library: "jose", member: member === "decodeJwt" ? "decode" : "verify" };
    return undefined;
  }
  if (member === "decode" && ts.isPropertyAccessExpression(receiver) && receiver.expression.kind === ts.SyntaxKind.ThisKeyword && isNestJwtService(receiver.name.text, call)) {
    return { library: "nestjs-jwt", member: "decode" };
  }
  return undefined;
}

/**
 * `this.jwtService.verify(token)` / `verifyAsync(token)` of @nestjs/jwt: it throws (rejects) unless the token carries
 * the module's signature, so only a token the server issued gets through. Apart from `jwtCall`, whose verify calls
 * unverified-jwt inspects for the other libraries' options.
 */
export function isNestJwtVerify(call: ts.CallExpression): boolean {
  const callee = unwrapExpression(call.expression);
  if (!ts.isPropertyAccessExpression(callee) || (callee.name.text !== "verify" && callee.name.text !== "verifyAsync")) return false;
  const receiver = unwrapExpression(callee.expression);
  return ts.isPropertyAccessExpression(receiver) && receiver.expression.kind === ts.SyntaxKind.ThisKeyword && isNestJwtService(receiver.name.text, call);
}

/** A constructor parameter property `private jwtService: JwtService` with `JwtService` from @nestjs/jwt. */
function isNestJwtService(property: string, from: ts.Node): boolean {
  const constructor = enclosingClass(from)?.members.find(ts.isConstructorDeclaration);
  const parameter = constructor?.parameters.find((p) => ts.isIdentifier(p.name) && p.name.text === property);
  const type = parameter?.type;
  return !!type && ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && importedModuleOf(type.typeName.text, from) === "@nestjs/jwt";
}

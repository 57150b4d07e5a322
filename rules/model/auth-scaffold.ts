// The fail-closed authentication guards the missing-auth fix creates when a project has none of its own.
// Templates only (text, never executed here); they verify an HS256 bearer token with Web Crypto, so they add no dependency.
import type { Framework } from "./types.js";

/** The created token module, without extension, in the service's `lib/` folder. */
export const accessTokenModule = "access-token";

/** The framework-neutral token check every guard below and the Socket.IO fix import. */
export const accessTokenSource = `// Verifies the bearer tokens the auth guards accept: HS256 JWTs signed with AUTH_JWT_SECRET.
// Fails closed: a missing secret, a bad signature, another algorithm, a missing or past \`exp\` all give null.

export type AccessTokenClaims = Record<string, unknown> & { exp: number };

const encoder = new TextEncoder();

export function bearerToken(authorization: string | null | undefined): string | undefined {
  return authorization?.startsWith("Bearer ") ? authorization.slice("Bearer ".length) : undefined;
}

export async function verifyAccessToken(token: string | undefined): Promise<AccessTokenClaims | null> {
  const secret = process.env.AUTH_JWT_SECRET;
  if (!secret || !token) return null;
  const [header, payload, signature] = token.split(".");
  if (!header || !payload || !signature) return null;
  try {
    if (JSON.parse(decodeBase64Url(header)).alg !== "HS256") return null;
    const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["verify"]);
    const signed = encoder.encode(\`\${header}.\${payload}\`);
    if (!(await crypto.subtle.verify("HMAC", key, base64UrlBytes(signature), signed))) return null;
    const claims = JSON.parse(decodeBase64Url(payload)) as Record<string, unknown>;
    if (typeof claims.exp !== "number" || claims.exp * 1000 <= Date.now()) return null;
    return claims as AccessTokenClaims;
  } catch {
    return null;
  }
}

function base64UrlBytes(text: string) {
  const base64 = text.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(text.length / 4) * 4, "=");
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}

function decodeBase64Url(text: string): string {
  return new TextDecoder().decode(base64UrlBytes(text));
}
`;

export interface GuardScaffold {
  /** The guard the created module exports and the fix applies. */
  exportName: "requireAuth" | "withAuth";
  /** How the fix applies it: as route middleware or by wrapping the exported handler. */
  kind: "middleware" | "wrapper";
  /** The module created in the service's `lib/` folder, without extension. */
  module: string;
  source: string;
}

const tokenImport = `import { bearerToken, verifyAccessToken } from "./${accessTokenModule}";`;

const guardSources: Partial<Record<Framework, GuardScaffold>> = {
  express: {
    exportName: "requireAuth",
    kind: "middleware",
    module: "auth",
    source: `import type { NextFunction, Request, Response } from "express";
${tokenImport}

/** Answers 401 unless the request carries a valid bearer token; the token's claims are kept in res.locals.user. */
export async function requireAuth(req: Request, res: Response, next: NextFunction) {
  const claims = await verifyAccessToken(bearerToken(req.headers.authorization));
  if (!claims) return res.status(401).json({ error: "unauthorized" });
  res.locals.user = claims;
  return next();
}
`,
  },
  koa: {
    exportName: "requireAuth",
    kind: "middleware",
    module: "auth",
    source: `import type { Context, Next } from "koa";
${tokenImport}

/** Answers 401 unless the request carries a valid bearer token; the token's claims are kept in ctx.state.user. */
export async function requireAuth(ctx: Context, next: Next) {
  const claims = await verifyAccessToken(bearerToken(ctx.get("authorization")));
  if (!claims) {
    ctx.status = 401;
    ctx.body = { error: "unauthorized" };
    return;
  }
  ctx.state.user = claims;
  await next();
}
`,
  },
  fastify: {
    exportName: "requireAuth",
    kind: "middleware",
    module: "auth",
    source: `import type { FastifyReply, FastifyRequest } from "fastify";
${tokenImport}

/** A preHandler hook: answers 401 unless the request carries a valid bearer token. */
export async function requireAuth(request: FastifyRequest, reply: FastifyReply) {
  const claims = await verifyAccessToken(bearerToken(request.headers.authorization));
  if (!claims) return reply.code(401).send({ error: "unauthorized" });
}
`,
  },
  hono: {
    exportName: "requireAuth",
    kind: "middleware",
    module: "auth",
    source: `import { createMiddleware } from "hono/factory";
${tokenImport}

/** Answers 401 unless the request carries a valid bearer token. */
export const requireAuth = createMiddleware(async (c, next) => {
  const claims = await verifyAccessToken(bearerToken(c.req.header("authorization")));
  if (!claims) return c.json({ error: "unauthorized" }, 401);
  await next();
});
`,
  },
  "next-app": {
    exportName: "withAuth",
    kind: "wrapper",
    module: "auth",
    source: `${tokenImport}

/** Wraps a route handler so it answers 401 unless the request carries a valid bearer token. */
export function withAuth<Req extends Request, Context>(handler: (request: Req, context: Context) => Response | Promise<Response>) {
  return async (request: Req, context: Context): Promise<Response> => {
    const claims = await verifyAccessToken(bearerToken(request.headers.get("authorization")));
    if (!claims) return Response.json({ error: "unauthorized" }, { status: 401 });
    return handler(request, context);
  };
}
`,
  },
  // Its own module, so a project with both routers gets both wrappers (their handler types differ).
  "next-pages": {
    exportName: "withAuth",
    kind: "wrapper",
    module: "api-auth",
    source: `import type { NextApiHandler } from "next";
${tokenImport}

/** Wraps an API route so it answers 401 unless the request carries a valid bearer token. */
export function withAuth(handler: NextApiHandler): NextApiHandler {
  return async (req, res) => {
    const claims = await verifyAccessToken(bearerToken(req.headers.authorization));
    if (!claims) return res.status(401).json({ error: "unauthorized" });
    return handler(req, res);
  };
}
`,
  },
};

/** The guard to create for a framework's routes, or undefined when the fix has no idiomatic one to offer. */
export function guardScaffoldFor(framework: Framework): GuardScaffold | undefined {
  return guardSources[framework];
}

/** The statement the Socket.IO fix inserts after `new Server(...)`; `owner` is the server variable. */
export function socketGuardSource(owner: string, indent: string): string {
  return [
    `${owner}.use(async (socket, next) => {`,
    `  const claims = await verifyAccessToken(socket.handshake.auth?.token);`,
    `  if (!claims) return next(new Error("unauthorized"));`,
    `  socket.data.user = claims;`,
    `  next();`,
    `});`,
  ]
    .map((line) => indent + line)
    .join("\n");
}

// Auth guard names Harden recognises without configuration. A project's own guards are found by what they
// do (conventions.ts); this list covers the libraries whose names are the contract.

/**
 * Packages whose export is a middleware that refuses a request without a valid credential, by the name it is imported
 * under ("default" for a default import or a CommonJS `require`): found by where the name comes from, whatever the
 * project calls it (`const koaJwt = require("koa-jwt")`).
 */
export const authMiddlewareExports: ReadonlyMap<string, readonly string[]> = new Map([
  ["koa-jwt", ["default"]],
  ["express-jwt", ["expressjwt", "default"]],
  ["express-basic-auth", ["default"]],
  ["koa-basic-auth", ["default"]],
  ["express-oauth2-jwt-bearer", ["auth"]],
  ["hono/jwt", ["jwt"]],
  ["hono/bearer-auth", ["bearerAuth"]],
  ["hono/basic-auth", ["basicAuth"]],
  // QStash's Next.js wrappers: the handler runs only when the Upstash-Signature header verifies against the signing keys.
  ["@upstash/qstash/nextjs", ["verifySignature", "verifySignatureAppRouter", "verifySignatureEdge"]],
  // Members of the namespace objects the package exports: each returns a middleware that answers 401 without a session.
  ["@hono/stytch-auth", ["Consumer.authenticateSessionLocal", "Consumer.authenticateSessionRemote", "Consumer.authenticateOAuthToken", "B2B.authenticateSessionLocal", "B2B.authenticateSessionRemote", "B2B.authenticateOAuthToken"]],
]);

/**
 * Packages whose export (by the name it is imported under) is a class whose instances carry guard methods, each
 * refusing a caller without the credential it names: `new Policies(config, lookup).ensureApiToken`.
 */
export const authPolicyClasses: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>> = new Map([
  ["@ladjs/policies", new Map([["default", ["ensureLoggedIn", "ensureApiToken", "ensureAdmin"]]])],
]);

/** Auth guards matched against the callee as written, or its last segment (`passport.authenticate`). */
export const knownAuthGuards: readonly string[] = [
  "requireAuth",
  "withAuth",
  "authenticate",
  "isAuthenticated",
  "ensureAuthenticated",
  "ensureLoggedIn",
  "protect",
  "verifyToken",
  "authMiddleware",
  "requireUser",
  "requireSession",
  "passport.authenticate",
  "clerkMiddleware",
  "getAuth",
  "auth",
  "getServerSession",
  "getSession",
  "auth.getUser",
  "validateRequest",
  "AuthGuard",
  "JwtAuthGuard",
  "jwt",
  "bearerAuth",
  "basicAuth",
  "expressjwt",
  // QStash: wrappers that verify the request's signature before the handler runs.
  "verifySignatureAppRouter",
  "verifySignatureEdge",
];


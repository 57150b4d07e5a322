// Auth guard names Harden recognises without configuration. A project's own guards are found by what they
// do (conventions.ts); this list covers the libraries whose names are the contract.

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


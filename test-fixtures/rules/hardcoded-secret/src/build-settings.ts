// Build and session settings read from the environment with fallbacks.

// ok: hardcoded-secret -- the name of a build configuration; `default` is an ordinary value here
export const buildProfile = process.env.BUILD_PROFILE || "default";

// expect: hardcoded-secret
export const cookieSigningSecret = process.env.COOKIE_SIGNING_SECRET || "qwerty";

// expect: hardcoded-secret
export const queuePassword = process.env.QUEUE_AUTH || "changeme";

// Build and session settings read from the environment with fallbacks.

// ok: hardcoded-secret -- the name of a build configuration; `default` is an ordinary value here
export const buildProfile = process.env.BUILD_PROFILE || "default";

// expect: hardcoded-secret
export const cookieSigningSecret = process.env.COOKIE_SIGNING_SECRET || "qwerty";

// expect: hardcoded-secret
export const queuePassword = process.env.QUEUE_AUTH || "changeme";

// ok: hardcoded-secret -- a switch telling the bundle whether tabs share one login; "false" has no entropy to leak
export const shareLoginAcrossTabs = process.env.SHARED_TAB_TOKEN || "false";

// expect: hardcoded-secret
export const tabRelayToken = process.env.TAB_RELAY_TOKEN || "relay-dev-token";

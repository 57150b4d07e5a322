// Names of background queues, kept in one module as the workers and the schedulers both need them.
export const PURGE_STALE_SESSION_TOKENS = "purgeStaleSessionTokens";
export const FALLBACK_ADMIN_PASSWORD = "letmein";

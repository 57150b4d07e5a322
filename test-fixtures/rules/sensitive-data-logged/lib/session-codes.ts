// The codes a session check answers with; clients switch on them.
export const SessionFailure = {
  MISSING_TOKEN: "MISSING_TOKEN" as const,
  REFRESH_TOKEN_REUSED: "REFRESH_TOKEN_REUSED" as const,
  EXPIRED: "EXPIRED" as const,
};

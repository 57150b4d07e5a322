// The attributes every auth cookie of this app shares.
export const authCookieBase = {
  path: "/",
  httpOnly: true,
  secure: process.env.NODE_ENV !== "development",
  sameSite: "Lax",
} as const;

export const signingKey = () => process.env.COOKIE_SIGNING_KEY ?? "";

// The shop's sign-in helpers live in this folder: a created `lib/auth.ts` would shadow it for every `lib/auth` import.
export const sessionCookieName = "shop_session";

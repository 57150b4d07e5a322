import { createRemoteJWKSet, jwtVerify, type JWTVerifyOptions } from "jose";

/** Throws unless the provider signed the token; the caller may narrow the expected issuer. */
export async function checkIdToken(idToken: string, jwksUrl: string, options: JWTVerifyOptions) {
  try {
    const { payload } = await jwtVerify(idToken, createRemoteJWKSet(new URL(jwksUrl)), options);
    return payload;
  } catch (error) {
    throw new Error("id token rejected", { cause: error });
  }
}

/** Logs a bad signature and carries on: calling it proves nothing. */
export async function peekIdToken(idToken: string, jwksUrl: string) {
  try {
    await jwtVerify(idToken, createRemoteJWKSet(new URL(jwksUrl)));
  } catch (error) {
    console.warn("id token did not verify", error);
  }
}

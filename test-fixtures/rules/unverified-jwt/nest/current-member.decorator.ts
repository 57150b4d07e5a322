import { createParamDecorator, ExecutionContext, UnauthorizedException } from "@nestjs/common";
import * as jwt from "jsonwebtoken";

const signingKey = process.env.MEMBER_TOKEN_KEY ?? "";

// A handler parameter filled from the bearer token: when verification fails, the fallback trusts the unsigned claims.
export const CurrentMember = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const bearer = String(context.switchToHttp().getRequest().headers.authorization ?? "").replace(/^Bearer /, "");
  try {
    return jwt.verify(bearer, signingKey, { algorithms: ["HS256"] });
  } catch {
    // expect: unverified-jwt
    return jwt.decode(bearer);
  }
});

// The same fallback written with `??`: a token that fails verification is decoded instead.
export const LooseMember = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const bearer = String(context.switchToHttp().getRequest().headers.authorization ?? "").replace(/^Bearer /, "");
  // expect: unverified-jwt
  return safeVerify(bearer) ?? jwt.decode(bearer);
});

function safeVerify(bearer: string) {
  try {
    return jwt.verify(bearer, signingKey, { algorithms: ["HS256"] });
  } catch {
    return null;
  }
}

// ok: unverified-jwt -- verification failure is a 401; the decode in the catch only names the token's subject in the error.
export const StrictMember = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const bearer = String(context.switchToHttp().getRequest().headers.authorization ?? "").replace(/^Bearer /, "");
  try {
    return jwt.verify(bearer, signingKey, { algorithms: ["HS256"] });
  } catch {
    const claimed = jwt.decode(bearer);
    throw new UnauthorizedException(`token for ${JSON.stringify(claimed)} did not verify`);
  }
});

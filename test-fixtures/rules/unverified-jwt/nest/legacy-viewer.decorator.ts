import { createParamDecorator, ExecutionContext } from "@nestjs/common";
import * as jwt from "jsonwebtoken";

// Left over from an older API: no handler takes this parameter, and no module imports it.
export const LegacyViewer = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const bearer = String(context.switchToHttp().getRequest().headers.authorization ?? "").replace(/^Bearer /, "");
  // ok: unverified-jwt -- a decorator nothing uses: the decode never runs on a request
  return jwt.decode(bearer);
});

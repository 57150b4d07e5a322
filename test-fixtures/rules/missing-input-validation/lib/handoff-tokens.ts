import jwt from "jsonwebtoken";

// A partner hands users over with a token this service signed earlier. The first helper checks the signature (and
// expiry); the second only reads the claims, so a forged token gets through.
export class HandoffTokens {
  static open(token: string) {
    return jwt.verify(token, process.env.HANDOFF_SECRET!) as { accountId: string; plan: string };
  }

  static peek(token: string) {
    return jwt.decode(token) as { accountId: string; plan: string } | null;
  }
}

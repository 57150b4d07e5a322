import jwt from "jsonwebtoken";

export function readVendorToken(token: string, publicKey: string) {
  return jwt.verify(token, publicKey, {
    algorithms: [
      "ES256",
      // expect: unverified-jwt
      "none",
      "RS256",
    ],
  });
}

export function readUnsignedDemoToken(token: string) {
  // expect: unverified-jwt
  return jwt.verify(token, process.env.DEMO_KEY as string, { algorithms: ["none"] });
}

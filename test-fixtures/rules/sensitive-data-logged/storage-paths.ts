// What a value is built from decides, not only what it is called: the pieces of a storage path are no credential.
import pino from "pino";

const logger = pino();

export function describeUpload(objectKey: string, workspaceId: string, authorization: string, sessionToken: string) {
  const pathTokens = objectKey.split("/");
  const nameTokens = objectKey.split("/").filter(Boolean).slice(-1);
  // ok: sensitive-data-logged -- `pathTokens` holds the segments of an object key, not a token
  logger.info({ objectKey, workspaceId, pathTokens }, "classifying upload");
  // ok: sensitive-data-logged -- pieces of a file name, filtered, under a credential-sounding key
  logger.debug({ tokens: nameTokens }, "file name pieces");

  const headerTokens = authorization.split(" ");
  // expect: sensitive-data-logged
  logger.warn({ headerTokens }, "unexpected authorization scheme");
  const tokenParts = sessionToken.split(".");
  // expect: sensitive-data-logged
  logger.warn({ token: tokenParts }, "malformed session token");
}

// A variable named for a secret that only ever serves as a file path holds the path of the secret's file, not the secret.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { randomBytes } from "node:crypto";
import pino from "pino";

const logger = pino();

const secretFilename = resolve(process.env.SIGNING_KEY_FILE ?? "./signing.key");

export function loadSigningKey(): string {
  try {
    const key = readFileSync(secretFilename, "utf8");
    // ok: sensitive-data-logged -- `secretFilename` is only ever a path given to fs calls; the key read from it is not logged
    logger.info(`signing key loaded from ${secretFilename}`);
    return key;
  } catch {
    const fresh = randomBytes(32).toString("hex");
    writeFileSync(secretFilename, fresh);
    // ok: sensitive-data-logged -- the same path, on the branch that creates the file
    logger.warn("no signing key at " + secretFilename + ", wrote a new one");
    return fresh;
  }
}

export function rotateSigningKey(previousKey: string): string {
  const fresh = randomBytes(32).toString("hex");
  const newToken = fresh;
  writeFileSync(secretFilename, newToken);
  // expect: sensitive-data-logged
  logger.info(`rotated signing key ${newToken}, previous ${previousKey.length} chars`);
  return newToken;
}

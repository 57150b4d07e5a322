import { connect } from "@acme/identity-sync";

/** The identity package's controllers, created once. */
export async function identityBridge() {
  return connect({ database: process.env.IDENTITY_DATABASE_URL ?? "" });
}

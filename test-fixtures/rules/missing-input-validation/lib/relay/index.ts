// One QStash receiver for the whole app, made once here and imported by the checks that need it. Beside it, an
// object that only looks like one: its `verify` answers yes to anything.
import { Receiver } from "@upstash/qstash";

export const relayReceiver = new Receiver({
  currentSigningKey: process.env.QSTASH_CURRENT_SIGNING_KEY ?? "",
  nextSigningKey: process.env.QSTASH_NEXT_SIGNING_KEY ?? "",
});

export const permissiveReceiver = { verify: async (_: { signature: string; body: string }) => true };

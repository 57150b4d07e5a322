// A relay port parsed at load: unset, it is NaN and the relay is simply never used, so it must not become required.
import { env } from "./env";

export const relayOptions = {
  // expect: unvalidated-env
  port: env.RELAY_SMTP_PORT!,
};

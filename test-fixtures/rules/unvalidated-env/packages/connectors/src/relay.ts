// A relay port parsed at load: unset, it is NaN and the relay is simply never used, so it must not become required.
export const relayOptions = {
  // expect: unvalidated-env
  port: +process.env.RELAY_SMTP_PORT!,
};

// The unit-test runner's config: the environment under `test.env` is handed to the test runs only.
import { defineConfig } from "vitest/config";

// expect: hardcoded-secret
const PREVIEW_SIGNING_SECRET = "Vjkd9EB9VlG9WLD7b+hv5WpJwQ6XmERl";

export default defineConfig({
  define: { __PREVIEW_SIGNATURE__: JSON.stringify(PREVIEW_SIGNING_SECRET) },
  test: {
    environment: "node",
    env: {
      // ok: hardcoded-secret -- a throwaway key the unit tests encrypt with; no deployed server reads this block
      VAULT_ENCRYPTION_KEY: "psB50HfOqu1/3eHxGyADnsX/lb0/iIjCvNP0LWUpUTM=",
      VAULT_LOG_LEVEL: "silent",
    },
  },
});

// The service's env schema, run by a function rather than on import: main.ts calls it while the service starts.
import { cleanEnv, str, url } from "envalid";

const validators = {
  LEDGER_DATABASE_URL: url(),
  LEDGER_PUBLIC_URL: url(),
  // Validated only where the region asks for it: the schema still names the variable.
  ...(process.env.LEDGER_REGION === "eu" && { VAT_LOOKUP_URL: url() }),
};

export function checkEnvironment() {
  return cleanEnv(process.env, validators);
}

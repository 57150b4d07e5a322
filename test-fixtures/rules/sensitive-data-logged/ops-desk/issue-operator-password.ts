// Run by hand inside the container (`npm run issue-operator-password`): it runs the build of this file, and nothing
// imports it. Showing the new password to the operator at the terminal is what the command is for.
import { randomBytes } from "node:crypto";
import { saveOperatorPassword } from "./accounts";

async function issue(): Promise<void> {
  const password = randomBytes(12).toString("base64url");
  await saveOperatorPassword("owner", password);
  // ok: sensitive-data-logged -- a command someone runs by hand prints its result to their terminal, not to the service's logs
  console.log("New operator password:", password);
}

void issue();

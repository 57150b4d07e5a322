// Its sources live in server/src/ (the only folder its tsconfig compiles), where the env module goes too.
// The relay fills process.env from its .env file when the module loads. An env module imported here would be evaluated
// before that call and read an environment without the file's values: the fix is only a suggestion that says why.
import dotenv from "dotenv";
import express from "express";

dotenv.config();

const app = express();
// expect: unvalidated-env
app.listen(Number.parseInt(process.env.RELAY_PORT));

// A read in a handler runs after every statement of the module, so a loader called below it still runs first.
export function relayTarget(): string {
  // expect: unvalidated-env
  return `${process.env.RELAY_UPSTREAM!}/inbox`;
}

dotenv.config({ path: ".env.local" });

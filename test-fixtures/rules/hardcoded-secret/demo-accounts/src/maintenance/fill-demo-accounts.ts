// Run by the package's `fill-demo` script (`node dist/maintenance/fill-demo-accounts`, Node finds the `.js`), never
// by the service: it fills a developer's database with sample users.
import { accountCount, saveAccount } from "../accounts";

async function main(): Promise<void> {
  for (let index = 0; index < 5; index++) {
    saveAccount({
      email: `sample${index}@demo-accounts.dev`,
      // ok: hardcoded-secret -- the sample users' shared hash, written by a script only a developer runs
      password: "$2b$10$Lr4kWq8ZfN2vYc6TgH1xJe5Pm9sA3dB7uC0nR2oK6iE8wQ4tV1yZa",
    });
  }
  console.log(`${accountCount()} accounts`);
}

void main();

// The settings module keeps what the .env loader returns to check it. The loader still runs when the module loads,
// before the read below, so an env module imported here would read the environment without the file's values: the fix
// is only a suggestion that says so.
import dotenv from "dotenv";

const loaded = dotenv.config();
if (loaded.error) throw new Error("kiosk: no .env file");

export const settings = {
  // expect: unvalidated-env
  port: parseInt(process.env.KIOSK_PORT, 10),
};

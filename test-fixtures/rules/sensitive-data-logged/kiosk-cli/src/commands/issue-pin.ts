// A command defined with brocli's `command({ handler })`: what it prints is its answer to the operator at the terminal.
import { command, string } from "@drizzle-team/brocli";
import { randomBytes } from "node:crypto";

declare function storePinHash(kiosk: string, pin: string): Promise<void>;

export const issueKioskPin = command({
  name: "issue-pin",
  options: { kiosk: string("kiosk").required() },
  handler: async ({ kiosk }) => {
    const unlockPassword = randomBytes(9).toString("base64url");
    await storePinHash(kiosk, unlockPassword);
    // ok: sensitive-data-logged -- the operator asked for a new unlock password; the terminal is where it is handed over
    console.log(`Unlock password for ${kiosk}: ${unlockPassword}`);
  },
});

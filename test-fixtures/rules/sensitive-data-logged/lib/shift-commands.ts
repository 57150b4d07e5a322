// A project helper that happens to be called `command`: it schedules a background job, so what its handler logs goes
// to the service's log like any other line.
import { command } from "./jobs/command";

declare function resetShiftPassword(shift: string): Promise<string>;

export const nightlyReset = command({
  name: "reset-shift-password",
  handler: async ({ shift }: { shift: string }) => {
    const shiftPassword = await resetShiftPassword(shift);
    // expect: sensitive-data-logged
    console.log(`shift ${shift} password reset to ${shiftPassword}`);
  },
});

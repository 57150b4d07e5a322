import { OPS_CHANNEL, sendAlert } from "./alerts";

export async function reportFailedJobs(failed: number): Promise<void> {
  if (failed > 0) await sendAlert(OPS_CHANNEL, `${failed} jobs failed`);
}

import { withCronSecret } from "../../../../lib/cron-gate";

// ok: missing-auth -- only the scheduler's secret gets through
export const POST = withCronSecret(async () => new Response("purged"));

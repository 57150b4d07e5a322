import { withTiming } from "../../../lib/tenant";

// expect: missing-auth
export const POST = withTiming(async (request) => Response.json({ received: (await request.text()).length }));

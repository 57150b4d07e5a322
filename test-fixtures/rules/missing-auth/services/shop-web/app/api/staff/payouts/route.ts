import { withStaffOnly } from "../../../../lib/staff-gate";

// ok: missing-auth -- staff only
export const POST = withStaffOnly(async (request: Request) => Response.json({ queued: (await request.text()).length }, { status: 202 }));

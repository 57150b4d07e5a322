import { withStaffOnly } from "../../../../lib/staff-gate";

// ok: missing-auth -- staff only
export const PUT = withStaffOnly(async (request: Request) => Response.json({ updated: (await request.text()).length }));

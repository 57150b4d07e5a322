import { withTenant } from "../../../lib/tenant";

// expect: missing-auth
export const POST = withTenant(async (request, tenant) => Response.json({ tenant, body: await request.text() }, { status: 201 }));

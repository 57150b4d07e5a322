import { withTenant } from "../../../lib/tenant";

// ok: missing-auth -- one finding, on the first route, names the wrapper the routes share
export const POST = withTenant(async (request, tenant) => Response.json({ tenant, body: await request.text() }, { status: 201 }));

import { NextResponse } from "next/server";
import { db } from "../../../../../lib/db";
import { withTenantSession } from "../../../../../lib/tenancy";

// ok: missing-auth -- withTenantSession is a configured authWrappers entry
export const POST = withTenantSession(async (request, _context, organizationId) => {
  const { email } = (await request.json()) as { email: string };
  await db.query("insert into invitations (organization_id, email) values ($1, $2)", [organizationId, email]);
  return NextResponse.json({ invited: email }, { status: 201 });
});

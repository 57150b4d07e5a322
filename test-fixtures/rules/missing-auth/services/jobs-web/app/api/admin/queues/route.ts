import { withAdminOnly } from "../../../../lib/admin-gate";

// ok: missing-auth -- administrators only
export const DELETE = withAdminOnly(async () => new Response(null, { status: 204 }));

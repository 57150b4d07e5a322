import { withCustomer } from "../../../lib/customer-gate";

// ok: missing-auth -- the customer gate refuses callers without a session
export const POST = withCustomer(async ({ customerId }) => Response.json({ customerId }, { status: 201 }));

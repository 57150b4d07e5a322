import { refundsFeed } from "../../../../modules/billing/route";

// The helper calls constructEvent but carries on when it throws: nothing is verified.
// expect: missing-auth
export { refundsFeed as POST };

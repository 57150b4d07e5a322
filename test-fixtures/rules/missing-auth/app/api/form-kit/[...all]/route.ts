import { formHandlers, withTracking } from "../../../../lib/tracking";

const { POST: formPost } = formHandlers("entries");

// expect: missing-auth
export const POST = withTracking(formPost);

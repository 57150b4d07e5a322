import { CALLBACK_PATH } from "./sso";

// Paths the API serves without a session: the embedded widget's endpoints and the SSO callback.
export const PUBLIC_PATHS = ["/api/v2/widget/", "/api/v2/health", CALLBACK_PATH];

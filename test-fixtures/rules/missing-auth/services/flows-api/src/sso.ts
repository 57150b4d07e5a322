export const CALLBACK_PATH = "/api/v2/sso/callback";

// Names of pub/sub channels and queues: words joined by separators, however secret the subject they carry.
// ok: hardcoded-secret -- a channel name made of words
export const TENANT_CREDENTIALS_CHANNEL = "tenant_s3_credentials_changed";
// ok: hardcoded-secret -- a queue name made of words
export const SECRET_ROTATION_QUEUE = "vault-secret-rotation-v2";

// A generated credential keeps its random run between separators.
// expect: hardcoded-secret
export const PARTNER_CREDENTIALS = "pk_x9Qp2Zr8LmN4tYv7Wc3Hd";

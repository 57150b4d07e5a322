// Identifiers and settings whose names mention tokens or keys but hold no credential.
// ok: hardcoded-secret -- an OAuth endpoint, not a token
export const tokenUrl = "https://oauth2.googleapis.com/token";
// ok: hardcoded-secret -- a length setting
export const passwordMinLength = "12";
// ok: hardcoded-secret -- a cache key is not a credential
export const cacheKey = "user:profile:v2:8f3a9c41d2";
// ok: hardcoded-secret -- a UUID under a non-secret name is an identifier
export const tenantId = "3f1c9a2e-7b4d-4e8f-9a61-2c5d8e0b7f13";
// ok: hardcoded-secret -- a storage key name
export const accessTokenStorageKey = "acme.auth.accessToken";
// ok: hardcoded-secret -- prose that mentions a token
export const tokenError = "The access token has expired, please sign in again";
// ok: hardcoded-secret -- a file path
export const privateKeyPath = "/etc/acme/keys/signing-2024-rsa.pem";
// ok: hardcoded-secret -- the name of the variable that holds the secret, not the secret
export const clientSecret = "OAUTH2_LEDGER_CLIENT_SECRET";
// ok: hardcoded-secret -- the name of the setting the password is stored under
export const brokerPassword = "Z9Q_BROKER_PASSWORD_KEY";
// expect: hardcoded-secret
export const relayToken = "K7Q2_ZX9PLM4_RT8WQ3VN_B6YH2TX9";

// todo-expect: hardcoded-secret
export const dbPassword = "hunter2!";

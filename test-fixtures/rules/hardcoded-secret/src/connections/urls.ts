// Credentials inside URLs, command lines, header lines and dotenv text.

// expect: hardcoded-secret
export const registry = "https://deploy:Vq8Lm2Wk9RtPx4@registry.acme-corp.io/v2/";
// expect: hardcoded-secret
export const queue = "amqp://worker:Wk9RtP2x4Yv@mq.acme-corp.io:5672";
// expect: hardcoded-secret
export const backup = "curl -u backup:Wk9RtP2x4Yv https://files.acme-corp.io/upload";
// expect: hardcoded-secret
export const probe = "Authorization: Bearer 7fQm2Wk9RtPx4YvNe1aHs5DjC3b";

// ok: hardcoded-secret -- dotenv text without a secret in it
export const envFile = `HTTP_PORT=8080
LOG_LEVEL=info
`;

// expect: hardcoded-secret
export const seededEnv = `QUEUE_CONCURRENCY=4
ZEBRA_TOKEN=7fQm2Wk9RtPx4YvNe1aHs5DjC3b
`;

// ok: hardcoded-secret -- the password is an environment reference
export const fromEnv = "postgres://app:${DB_PASSWORD}@db.acme-corp.io/app";
// ok: hardcoded-secret -- a stand-in in a documentation URL
export const documented = "https://user:password@registry.acme-corp.io/";
// ok: hardcoded-secret -- variables on the command line, not values
export const script = "curl -u $DEPLOY_USER:$DEPLOY_PASS https://files.acme-corp.io/upload";
// ok: hardcoded-secret -- a template for the header, not a token
export const headerHelp = "Authorization: Bearer <token>";

// Documented configuration shape, copied by new developers into config.local.ts.
export const exampleConfig = {
  // ok: hardcoded-secret -- placeholders are written to be replaced
  openaiApiKey: "your-api-key",
  githubToken: "<token>",
  webhookSecret: "xxxxxxxxxxxxxxxxxxxx",
  clientSecret: "REPLACE_ME",
  databasePassword: "",
  slackToken: "xoxb-your-token-here",
  awsAccessKeyId: "AKIAIOSFODNN7EXAMPLE",
  stripeSecretKey: "sk_test_51Hxxxxxxxxxxxxxxxxxxxxxxx",
  privateKey: "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----",
  apiToken: "********************",
};

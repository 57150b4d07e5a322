// A config template read from the environment, with a stand-in for each setting an operator fills in.
module.exports = {
  recording: {
    // ok: hardcoded-secret -- a token lifetime (`_EXP`): a duration, not a credential
    uploadTokenExp: process.env.RECORDING_UPLOAD_TOKEN_EXP || "12h",
    // expect: hardcoded-secret
    uploadTokenSecret: process.env.RECORDING_UPLOAD_TOKEN_SECRET || "rec-upload-9f2c",
  },
  sso: {
    clientID: process.env.SSO_CLIENT_ID || "clientID",
    // ok: hardcoded-secret -- an OAuth client secret whose stand-in spells the setting: the identity provider refuses it
    clientSecret: process.env.SSO_CLIENT_SECRET || "clientSecret",
    // expect: hardcoded-secret
    sessionSecret: process.env.SSO_SESSION_SECRET || "ssoSessionKey",
  },
  storage: {
    accessKeyId: process.env.BUCKET_ACCESS_KEY_ID || "your-bucket-key-id",
    // ok: hardcoded-secret -- a placeholder for the storage service's secret access key: the service refuses it, nothing here verifies with it
    secretAccessKey: process.env.BUCKET_SECRET_ACCESS_KEY || "your-bucket-secret-key",
    // expect: hardcoded-secret
    signingKey: process.env.BUCKET_URL_SIGNING_KEY || "your-url-signing-key",
  },
};

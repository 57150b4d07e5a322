// A service that reads every setting under one prefix: the prefix word says nothing about any one setting.
const {
  // ok: hardcoded-secret -- the listen port; SECRET_ is the namespace every setting here shares
  SECRET_LISTEN_PORT = "8080",
  // ok: hardcoded-secret -- the bind address under the same namespace
  SECRET_BIND_ADDRESS = "127.0.0.1",
  // ok: hardcoded-secret -- the first account's display name
  SECRET_OWNER_LOGIN = "keeper",
  // ok: hardcoded-secret -- a feature switch
  SECRET_UPLOADS_OPEN = "false",
  // expect: hardcoded-secret
  SECRET_COOKIE_SECRET = "bake-me-a-cookie",
  // expect: hardcoded-secret
  SECRET_OWNER_PASSWORD = "keeper-pass",
  SECRET_STORAGE_BUCKET = "",
  NODE_ENV = "development",
} = process.env;

module.exports = { SECRET_LISTEN_PORT, SECRET_BIND_ADDRESS, SECRET_OWNER_LOGIN, SECRET_UPLOADS_OPEN, SECRET_COOKIE_SECRET, SECRET_OWNER_PASSWORD, SECRET_STORAGE_BUCKET, NODE_ENV };

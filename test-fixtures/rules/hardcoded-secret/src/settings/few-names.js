// Two settings only: no namespace can be told apart from a word about the setting.
const {
  // expect: hardcoded-secret
  SECRET_SIGNING = "sign-with-this",
  PORT = "3000",
} = process.env;

module.exports = { SECRET_SIGNING, PORT };

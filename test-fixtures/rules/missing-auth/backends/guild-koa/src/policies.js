// One instance of the package's policy class, shared by the routers: its methods are the guards.
const Policies = require("@ladjs/policies");

const policies = new Policies({ schemeName: "guild" }, (token) => lookUpMemberByToken(token));

function lookUpMemberByToken(token) {
  return token ? { token } : null;
}

module.exports = policies;

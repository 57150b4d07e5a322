// An end-to-end check the project's test script runs against a server it started on localhost: the folder says
// what it is, a suite of end-to-end tests, though the runner it uses is one Harden does not know.
const check = require("tapish");

check("the quota endpoint answers", async (t) => {
  // ok: missing-timeout -- a test of the local server, not production code
  const answer = await fetch("http://127.0.0.1:4411/api/quota");
  t.equal(answer.status, 200);
});

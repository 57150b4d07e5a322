// A production module that happens to sit in a folder named for the kit it serves, not for a test suite.
async function readQuota(accountId) {
  // expect: missing-timeout
  const answer = await fetch(`https://quota.internal.example/accounts/${accountId}`);
  return answer.json();
}

module.exports = { readQuota };

const visits = [{ ip: "203.0.113.7", at: Date.now() }];

async function lastVisit() {
  const latest = visits[visits.length - 1];
  return { ip: latest.ip, at: latest.at };
}

module.exports = { lastVisit };

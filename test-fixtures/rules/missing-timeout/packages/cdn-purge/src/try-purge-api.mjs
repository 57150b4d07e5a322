// A maintainer's experiment with the CDN's admin API, kept beside the package's sources: it runs when executed,
// nothing imports it, and nothing it imports serves requests.
const adminToken = "";

async function listZones() {
  // ok: missing-timeout -- a hand-run script that reaches no server; whoever runs it sees the wait
  const response = await fetch("https://cdn.example.com/admin/zones", { headers: { authorization: adminToken } });
  return response.json();
}

async function main() {
  console.log(await listZones());
}

main();

// Run by hand through `npm run refresh-geo`; nothing imports it.
async function refresh() {
  // ok: missing-timeout -- a maintenance command a package script runs, not the server
  const response = await fetch("https://geo.example.test/latest.json");
  console.log(await response.json());
}

refresh();

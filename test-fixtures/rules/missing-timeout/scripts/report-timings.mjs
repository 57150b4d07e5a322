// A CI script: it runs once when executed (top-level main()) and serves nothing.
async function main() {
  // ok: missing-timeout -- a one-shot script in scripts/, developer and CI tooling
  const response = await fetch("https://ci.example.com/api/timings");
  console.log(await response.json());
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

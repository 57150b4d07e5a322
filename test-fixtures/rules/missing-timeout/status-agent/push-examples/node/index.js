// Sample client code for users who push their status from a script.
async function push() {
  // ok: missing-timeout -- sample code in an examples folder, not the server
  await fetch(`https://status.example.test/api/push/${process.env.PUSH_TOKEN}?status=up`);
}

push();

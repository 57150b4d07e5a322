// Imported by the server and also runnable once by hand: it is the server's module, so its calls are judged.
async function pollTargets() {
  // expect: missing-timeout
  const response = await fetch(process.env.TARGETS_URL);
  return response.json();
}

module.exports = { pollTargets };

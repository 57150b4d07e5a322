// How to call the REST API from Node: run it by hand against the public demo (the same call sits beside it in curl).
async function openRoom() {
  // ok: hardcoded-secret -- a script run by hand with nothing for a platform to call: no platform serves it, and the demo's key is documented
  const demoApiKey = "Z3roomDemo7QkP2vLx9sTw4";
  const response = await fetch("https://rooms.demo.invalid/v1/rooms", {
    method: "POST",
    headers: { authorization: demoApiKey, "content-type": "application/json" },
    signal: AbortSignal.timeout(5_000),
  });
  console.log(await response.json());
}

openRoom();

// A serverless function: the platform calls the handler this file exports for every request to /api/rooms.
async function listRooms() {
  // expect: hardcoded-secret
  const roomsApiKey = "Q8tRv2LmX5kWp9ZsN4yHd7C";
  const response = await fetch("https://rooms.demo.invalid/v1/rooms", {
    headers: { authorization: roomsApiKey },
    signal: AbortSignal.timeout(5_000),
  });
  return response.json();
}

module.exports = async (req, res) => {
  res.json(await listRooms());
};

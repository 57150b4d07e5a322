export default async function (req, res) {
  await resendToVendor(req.body.eventId);
  res.sendStatus(202);
}

async function resendToVendor(eventId) {
  return eventId;
}

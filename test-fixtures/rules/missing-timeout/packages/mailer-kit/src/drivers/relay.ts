export async function sendThroughRelay(to: string, body: string) {
  // expect: missing-timeout
  const response = await fetch(`${process.env.MAIL_RELAY_URL}/send`, { method: "POST", body: JSON.stringify({ to, body }) });
  return response.ok;
}

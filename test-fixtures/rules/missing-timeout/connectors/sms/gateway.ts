// The connector's runtime code, which the tests also import: server code, since a server module imports it.
export async function deliver(to: string, body: string): Promise<number> {
  // expect: missing-timeout
  const response = await fetch("https://sms.example.com/send", { method: "POST", body: JSON.stringify({ to, body }) });
  return response.status;
}

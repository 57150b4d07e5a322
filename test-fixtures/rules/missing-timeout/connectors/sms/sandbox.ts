// Stand-in gateway used by this connector's unit tests only: nothing in the connector's runtime code imports it.
export async function fakeDelivery(to: string): Promise<number> {
  // ok: missing-timeout -- a module only tests import is test code, wherever it lives
  const response = await fetch(`http://127.0.0.1:4010/messages?to=${encodeURIComponent(to)}`);
  return response.status;
}

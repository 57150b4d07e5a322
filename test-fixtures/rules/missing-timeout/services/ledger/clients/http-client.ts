// A small fetch wrapper the ledger's end-to-end specs drive the running API with.
export function createHttpClient(baseUrl: string, token: string) {
  return {
    async send(path: string, body: unknown): Promise<unknown> {
      // ok: missing-timeout -- only the end-to-end specs reach this module, through the clients barrel
      const response = await fetch(`${baseUrl}${path}`, { method: "POST", headers: { authorization: token }, body: JSON.stringify(body) });
      return response.json();
    },
  };
}

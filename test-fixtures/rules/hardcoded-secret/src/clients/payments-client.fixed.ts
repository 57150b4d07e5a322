// Client for the legacy payments gateway.
export class PaymentsClient {
  // ok: hardcoded-secret -- a base URL is not a credential
  private readonly baseUrl = "https://gateway.legacy-payments.example.com/v2";
  // expect: hardcoded-secret
  private readonly apiKey = process.env.PAYMENTS_API_KEY || (() => { throw new Error("PAYMENTS_API_KEY is not set"); })();

  async charge(amountCents: number, cardToken: string): Promise<unknown> {
    const response = await fetch(`${this.baseUrl}/charges`, {
      method: "POST",
      headers: { "x-api-key": this.apiKey, "content-type": "application/json" },
      body: JSON.stringify({ amountCents, cardToken }),
      signal: AbortSignal.timeout(15_000),
    });
    return response.json();
  }
}

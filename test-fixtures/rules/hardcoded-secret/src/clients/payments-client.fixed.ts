// Client for the legacy payments gateway.
export class PaymentsClient {
  // ok: hardcoded-secret -- a base URL is not a credential
  private readonly baseUrl = "https://gateway.legacy-payments.example.com/v2";
  // expect: hardcoded-secret
  private readonly apiKey = "392fbda20041fe6247a962c676d16f041669e6a5";

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

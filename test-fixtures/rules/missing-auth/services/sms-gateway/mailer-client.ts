// The SDK's transport: every call is an outgoing fetch to the vendor's API.
export class MailerClient {
  constructor(private readonly apiKey: string, private readonly baseUrl = "https://mail.example.test") {}

  async post<T>(path: string, body: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, { method: "POST", headers: { authorization: `Bearer ${this.apiKey}` }, body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) });
    return response.json();
  }

  async delete(path: string) {
    const response = await fetch(`${this.baseUrl}${path}`, { method: "DELETE", headers: { authorization: `Bearer ${this.apiKey}` }, signal: AbortSignal.timeout(10_000) });
    return response.json();
  }
}

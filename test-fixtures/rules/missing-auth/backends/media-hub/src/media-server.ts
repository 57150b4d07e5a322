export class MediaServerClient {
  constructor(private readonly baseUrl: string) {}

  async login(username: string, password: string): Promise<{ id: string; name: string }> {
    const response = await fetch(`${this.baseUrl}/users/authenticate`, { method: "POST", body: JSON.stringify({ username, password }) });
    if (!response.ok) throw new Error("media server refused the sign-in");
    return (await response.json()) as { id: string; name: string };
  }
}

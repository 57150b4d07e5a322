// A small HTTP client the downloader integrations extend; it talks to another service, it serves nothing.
export class RemoteService {
  constructor(private readonly origin: string) {}

  protected async put<T>(path: string, payload: unknown): Promise<T> {
    const response = await fetch(this.origin + path, { method: "PUT", body: JSON.stringify(payload) });
    return (await response.json()) as T;
  }

  protected async post<T>(path: string, payload: unknown): Promise<T> {
    const response = await fetch(this.origin + path, { method: "POST", body: JSON.stringify(payload) });
    return (await response.json()) as T;
  }

  protected async get<T>(path: string): Promise<T> {
    return (await (await fetch(this.origin + path)).json()) as T;
  }
}

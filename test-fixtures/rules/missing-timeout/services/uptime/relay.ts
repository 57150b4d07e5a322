import type { AxiosInstance } from "axios";

// Handed a client that start.ts configures with a default timeout.
export class StatusRelay {
  constructor(private readonly upstream: AxiosInstance) {}

  async publish(pageId: string, status: string) {
    // ok: missing-timeout -- the instance passed in at start-up sets a default timeout
    await this.upstream.put(`/pages/${pageId}/status`, { status });
  }
}

// The page's API client: the chat panel calls it in the browser. Server routes take only its types.
export interface ChatModel {
  name: string;
  contextWindow: number;
}

export type ShareLink = { url: string };

const shareService = "https://share.example.com/v1/links";

export class ChatClient {
  async share(transcript: string): Promise<ShareLink> {
    // ok: missing-timeout -- only the browser loads this module: the server's imports of it are types, which the compiler erases
    const response = await fetch(shareService, { method: "POST", body: transcript });
    return response.json();
  }
}

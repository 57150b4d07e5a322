// The page reads answers aloud through a vendor's speech service, the way the vendor's own web client does.
export class ReadAloud {
  // ok: hardcoded-secret -- browser code whose every use is a query parameter of a request the page sends: each visitor sees it
  private static CLIENT_TOKEN = "3F9B27C4D1E84A6FB05C9E7D2A1B6C83";
  private static VOICES_URL = `https://speech.voices.example/readaloud/voices/list?clienttoken=${ReadAloud.CLIENT_TOKEN}`;
  private static STREAM_URL = `wss://speech.voices.example/readaloud/v1?ClientToken=${ReadAloud.CLIENT_TOKEN}`;

  voices(): Promise<Response> {
    return fetch(ReadAloud.VOICES_URL);
  }

  open(): WebSocket {
    document.dispatchEvent(new Event("read-aloud-open"));
    return new WebSocket(ReadAloud.STREAM_URL);
  }
}

// expect: hardcoded-secret
const translatorApiKey = "8C1D5E9A7B3F4026AE71D4C9B85F20E6";

export function translate(text: string): Promise<Response> {
  return fetch("https://translate.voices.example/v3/translate", { method: "POST", headers: { authorization: `Bearer ${translatorApiKey}` }, body: text });
}

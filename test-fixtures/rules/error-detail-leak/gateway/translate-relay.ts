// A relay in front of translation providers: the caller names the provider's answer it wants, this server forwards it.
import express, { type Request, type Response } from "express";
import { SpeechClient } from "speech-vendor";
import { db } from "../db";

const app = express();
const providerBase = process.env.TRANSLATE_URL ?? "https://translate.example.net/v2";

app.post("/relay/translate", async (req: Request, res: Response) => {
  try {
    const upstream = await fetch(`${providerBase}/translate`, { method: "POST", body: JSON.stringify(req.body), signal: AbortSignal.timeout(10_000) });
    const text = await upstream.text();
    res.status(upstream.status).type("application/json").send(text);
  } catch (failure) {
    // ok: error-detail-leak -- the try only waits on the provider and relays its answer: the text is the provider's or the transport's
    res.status(502).json({ message: failure instanceof Error ? failure.message : "relay failed" });
  }
});

app.get("/relay/voices", async (req: Request, res: Response) => {
  try {
    const speech = new SpeechClient({ apiKey: String(req.headers["x-provider-key"]), baseURL: providerBase });
    const voices = await speech.voices.list();
    res.json({ voices: voices.items });
  } catch (failure) {
    // ok: error-detail-leak -- a client made for the provider's base URL; its list is what gets relayed
    res.status(502).json({ message: (failure as Error).message });
  }
});

app.post("/relay/stream", async (req: Request, res: Response) => {
  try {
    const send = fetchOverride ?? fetch;
    const upstream = await send(`${providerBase}/stream`, { method: "POST", body: JSON.stringify(req.body), signal: AbortSignal.timeout(10_000) });
    const reader = upstream.body!.getReader();
    const decoder = new TextDecoder();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      res.write(decoder.decode(value));
    }
    res.end();
  } catch (failure) {
    // ok: error-detail-leak -- every wait is the upstream or a read of its stream, which is written through
    res.status(502).json({ message: (failure as Error).message });
  }
});

app.post("/relay/translate-and-store", async (req: Request, res: Response) => {
  try {
    const upstream = await fetch(`${providerBase}/translate`, { method: "POST", body: JSON.stringify(req.body), signal: AbortSignal.timeout(10_000) });
    const translated = await upstream.json();
    await db.query("insert into translations (body) values ($1)", [JSON.stringify(translated)]);
    res.json(translated);
  } catch (failure) {
    // expect: error-detail-leak
    res.status(500).json({ message: (failure as Error).message });
  }
});

app.post("/relay/ping", async (_req: Request, res: Response) => {
  try {
    await fetch(`${providerBase}/ping`, { signal: AbortSignal.timeout(2_000) });
    res.json({ reachable: true });
  } catch (failure) {
    // expect: error-detail-leak
    res.status(500).json({ message: (failure as Error).message });
  }
});

let fetchOverride: typeof fetch | undefined;
export function useFetch(implementation: typeof fetch): void {
  fetchOverride = implementation;
}

export default app;

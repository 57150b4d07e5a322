import type { Request, Response } from "express";
import { z } from "zod";

const upstream = process.env.MODEL_UPSTREAM_URL ?? "http://127.0.0.1:9400";

interface RelaySettings {
  kind: "chat" | "embeddings" | "images";
  schema: z.ZodTypeAny;
  onDone?: (kind: string) => void;
}

// Every relay below is made here: it forwards the checked body upstream under the gateway's own provider key.
function makeRelayHandler(settings: RelaySettings) {
  return async (req: Request, res: Response) => {
    const payload = settings.schema.parse(req.body);
    const reply = await fetch(`${upstream}/${settings.kind}`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${process.env.PROVIDER_KEY}` },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(30_000),
    });
    settings.onDone?.(settings.kind);
    res.status(reply.status).json(await reply.json());
  };
}

const chatBody = z.object({ messages: z.array(z.object({ role: z.string(), content: z.string() })).max(50) });
const embeddingBody = z.object({ input: z.string().max(8000) });
const imageBody = z.object({ prompt: z.string().max(2000) });

export function chatRelay() {
  return makeRelayHandler({ kind: "chat", schema: chatBody });
}

export function embeddingsRelay() {
  return makeRelayHandler({ kind: "embeddings", schema: embeddingBody });
}

export function imageRelay() {
  return makeRelayHandler({ kind: "images", schema: imageBody });
}

function countImage(kind: string): void {
  console.info("relayed", kind);
}

// Hands the builder a function of its own: what it makes depends on that function, so it is a wrapper of its own.
export function meteredImageRelay() {
  return makeRelayHandler({ kind: "images", schema: imageBody, onDone: countImage });
}

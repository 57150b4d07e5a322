// `withApiKey` hands the generic error wrapper a handler of its own, which checks the API key before anything else.
import type { NextRequest } from "next/server";
import { db } from "./db";

type Handler = (req: NextRequest) => Promise<Response>;

class HttpError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export function withErrors(name: string, handler: Handler): Handler {
  return async (req) => {
    try {
      return await handler(req);
    } catch (error) {
      if (error instanceof HttpError) return Response.json({ error: error.message }, { status: error.status });
      console.error(name, error);
      return Response.json({ error: "failed" }, { status: 500 });
    }
  };
}

async function requireApiKey(req: NextRequest) {
  const presented = req.headers.get("x-api-key");
  if (!presented) throw new HttpError("API key missing", 401);
  const { rows } = await db.query("select id from api_keys where digest = encode(sha256($1::bytea), 'hex')", [presented]);
  if (!rows[0]) throw new HttpError("API key unknown", 401);
  return rows[0] as { id: string };
}

export function withApiKey(name: string, handler: Handler): Handler {
  return withErrors(name, async (req) => {
    const apiKey = await requireApiKey(req);
    console.info(name, apiKey.id);
    return handler(req);
  });
}

import { Hono } from "hono";
import { S3Client } from "@aws-sdk/client-s3";
import { createClient } from "@supabase/supabase-js";
import { Doc } from "yjs";

// ok: unbounded-cache -- one storage client per region the code is configured with
const storageClients = new Map<string, S3Client>();

export function storageFor(region: string): S3Client {
  let client = storageClients.get(region);
  if (!client) {
    client = new S3Client({ region });
    storageClients.set(region, client);
  }
  return client;
}

// ok: unbounded-cache -- one database client per project URL and key pair: keyed by the configuration it is built from
const databaseClients = new Map<string, ReturnType<typeof createClient>>();

export function databaseFor(url: string, anonKey: string) {
  const poolKey = `${url}|${anonKey.slice(0, 8)}`;
  const existing = databaseClients.get(poolKey);
  if (existing) return existing;
  const made = createClient(url, anonKey);
  databaseClients.set(poolKey, made);
  return made;
}

const app = new Hono();

// expect: unbounded-cache
const roomDocuments = new Map<string, Doc>();

app.post("/rooms/:room/open", (c) => {
  const room = c.req.param("room");
  // A document per room a caller names, built from nothing the key is: one more entry for every new room.
  if (!roomDocuments.has(room)) roomDocuments.set(room, new Doc());
  return c.json({ open: true });
});

// expect: unbounded-cache
const visitorClients = new Map<string, ReturnType<typeof createClient>>();

app.post("/visitors/:visitor/connect", (c) => {
  // The client's configuration is fixed; the key is whoever calls.
  visitorClients.set(c.req.param("visitor"), createClient(c.env.DB_URL, c.env.DB_KEY));
  return c.json({ connected: true });
});

export default app;

import { Hono } from "hono";
import { S3Client } from "@aws-sdk/client-s3";
import { createClient } from "@supabase/supabase-js";
import { Doc } from "yjs";
import { Issuer } from "openid-client";
import http from "node:http";
import https from "node:https";
import * as ledgerSdk from "ledger-sdk";

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

// ok: unbounded-cache -- one archive client per region, made by a factory of this file that builds the package's client
const archiveClients = new Map<string, S3Client>();

function buildArchiveClient(region: string): S3Client {
  if (process.env.ARCHIVE_ENDPOINT) return new S3Client({ region, endpoint: process.env.ARCHIVE_ENDPOINT, forcePathStyle: true });
  return new S3Client({ region, maxAttempts: 5 });
}

export function archiveFor(region: string): S3Client {
  const known = archiveClients.get(region);
  if (known) return known;
  const made = buildArchiveClient(region);
  archiveClients.set(region, made);
  return made;
}

interface SignInProvider {
  tenant: string;
  clientId: string;
  issuerUrl: string;
}

function providerKey(provider: SignInProvider): string {
  return `${provider.tenant}:${provider.clientId}`;
}

// ok: unbounded-cache -- one sign-in client per configured provider: the key helper reads the fields the client is made from
const signInClients = new Map<string, InstanceType<Issuer["Client"]>>();

export function signInClientFor(provider: SignInProvider) {
  const key = providerKey(provider);
  let client = signInClients.get(key);
  if (!client) {
    const issuer = new Issuer({ issuer: provider.issuerUrl });
    client = new issuer.Client({ client_id: provider.clientId });
    signInClients.set(key, client);
  }
  return client;
}

interface ProxySettings {
  host: string;
  port: number;
}

function proxyKey(proxy: ProxySettings): string {
  return `${proxy.host}:${proxy.port}`;
}

// ok: unbounded-cache -- a pair of connection agents per proxy configuration, both built from what the key is made of
const proxyAgents = new Map<string, { plain: http.Agent; secure: https.Agent }>();

export function agentsThrough(proxy: ProxySettings) {
  const key = proxyKey(proxy);
  let pair = proxyAgents.get(key);
  if (!pair) {
    pair = { plain: new http.Agent({ host: proxy.host, port: proxy.port }), secure: new https.Agent({ host: proxy.host, port: proxy.port }) };
    proxyAgents.set(key, pair);
  }
  return pair;
}

interface Visit {
  visitor: string;
  pages: number;
}

function startVisit(visitor: string): Visit {
  return { visitor, pages: 0 };
}

const app = new Hono();

// expect: unbounded-cache
const visits = new Map<string, Visit>();

app.post("/visits/:visitor", (c) => {
  // The factory builds a plain object of this module, not a client: a memo per visitor, who is whoever calls.
  const visitor = c.req.param("visitor");
  visits.set(visitor, visits.get(visitor) ?? startVisit(visitor));
  return c.json({ counted: true });
});

function sessionKey(request: { header(name: string): string | undefined }): string {
  return request.header("x-session") ?? "anonymous";
}

// expect: unbounded-cache
const sessionIssuerClients = new Map<string, unknown>();

app.post("/sessions/refresh", (c) => {
  // The key helper reads the caller's header; the client is built from the fixed configuration.
  const issuer = new Issuer({ issuer: c.env.ISSUER_URL });
  sessionIssuerClients.set(sessionKey(c.req), new issuer.Client({ client_id: c.env.CLIENT_ID }));
  return c.json({ refreshed: true });
});

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

// expect: unbounded-cache
const tenantClientPairs = new Map<string, { reads: ReturnType<typeof createClient>; writes: ReturnType<typeof createClient> }>();

app.post("/tenants/:tenant/connect", (c) => {
  // Two clients of the fixed configuration, kept per tenant name a caller sends: one pair per name, forever.
  const pair = { reads: createClient(c.env.READ_URL, c.env.DB_KEY), writes: createClient(c.env.WRITE_URL, c.env.DB_KEY) };
  tenantClientPairs.set(c.req.param("tenant"), pair);
  return c.json({ connected: true });
});

export default app;


const LedgerClient = ledgerSdk.default;

// ok: unbounded-cache -- one ledger client per credential pair, built from the same credentials as its key
const ledgerClients = new Map<string, InstanceType<typeof LedgerClient>>();

export function ledgerFor(credentials: { id: string; key: string }) {
  const fingerprint = JSON.stringify(credentials);
  if (!ledgerClients.has(fingerprint)) ledgerClients.set(fingerprint, new LedgerClient(credentials));
  return ledgerClients.get(fingerprint);
}

// The mirror hands each request its own undici agent: an agent built with deadlines bounds the call as a signal
// would; one built only for its connection pool or proxy waits as long as undici's defaults let it.
import { Agent, ProxyAgent, fetch as undiciFetch } from "undici";

const patientAgent = new Agent({ headersTimeout: 20_000, bodyTimeout: 60_000 });
const pooledAgent = new Agent({ connections: 8 });

export async function mirrorFeed(source: string): Promise<string> {
  // ok: missing-timeout -- the per-request agent waits at most 20 s for headers and 60 s between body chunks
  const response = await fetch(source, { dispatcher: patientAgent });
  return response.text();
}

export async function mirrorThroughUndici(source: string): Promise<string> {
  // ok: missing-timeout -- an agent made in place with a deadline bounds undici's own fetch too
  const response = await undiciFetch(source, { dispatcher: new Agent({ headersTimeout: 15_000 }) });
  return response.text();
}

export async function mirrorArchive(source: string): Promise<ArrayBuffer> {
  const dispatcher = new Agent({ bodyTimeout: 120_000 });
  // ok: missing-timeout -- the agent handed by shorthand stops a stalled body after two minutes
  const response = await fetch(source, { dispatcher });
  return response.arrayBuffer();
}

export async function mirrorPooled(source: string): Promise<string> {
  // expect: missing-timeout
  const response = await fetch(source, { dispatcher: pooledAgent });
  return response.text();
}

export async function mirrorViaProxy(source: string, proxy: string): Promise<string> {
  // expect: missing-timeout
  const response = await fetch(source, { dispatcher: new ProxyAgent(proxy) });
  return response.text();
}

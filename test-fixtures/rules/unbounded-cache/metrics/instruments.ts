// A memo of metric instruments: every caller in the project names its instrument with a literal, so the map holds one
// entry per name written in the code.
interface Instrument {
  name: string;
  add(value: number): void;
}

declare function makeInstrument(name: string): Instrument;

// ok: unbounded-cache -- every importer calls `instrument("...")` with a literal name
const instruments = new Map<string, Instrument>();

export function instrument(name: string): Instrument {
  const known = instruments.get(name);
  if (known) return known;
  const created = makeInstrument(name);
  instruments.set(name, created);
  return created;
}

// expect: unbounded-cache
const gauges = new Map<string, Instrument>();

/** One importer names its gauge after the request it serves: the names are whatever clients send. */
export function gauge(name: string): Instrument {
  const known = gauges.get(name);
  if (known) return known;
  const created = makeInstrument(name);
  gauges.set(name, created);
  return created;
}

// ok: unbounded-cache -- the declarations are registered by importers while they load, at module level
const declared: Array<{ path: string }> = [];

export const declareEndpoint = (endpoint: { path: string }) => {
  declared.push(endpoint);
  return endpoint;
};

export const declaredEndpoints = () => declared;

// expect: unbounded-cache
const auditTrail: Array<{ path: string }> = [];

/** Called from inside a request handler: one entry per request. */
export const recordVisit = (visit: { path: string }) => {
  auditTrail.push(visit);
  return visit;
};

// ok: unbounded-cache -- keyed by the deployment's own configuration: one entry per configured URL
const clientsByUrl = new Map<string, Instrument>();

export function clientForConfiguredUrl(): Instrument {
  const key = `${process.env.UPSTREAM_URL}|${process.env.UPSTREAM_REGION}`;
  const known = clientsByUrl.get(key);
  if (known) return known;
  const created = makeInstrument(key);
  clientsByUrl.set(key, created);
  return created;
}

// ok: unbounded-cache -- the private helper is only ever called with one of two literal names in this file
const parsedBounds = new Map<string, number>();

function parseBound(bound: string): number {
  const known = parsedBounds.get(bound);
  if (known !== undefined) return known;
  const parsed = Number.parseFloat(bound);
  parsedBounds.set(bound, parsed);
  return parsed;
}

export function inBand(value: number): boolean {
  return value >= parseBound("1.5") && value < parseBound("24.3");
}

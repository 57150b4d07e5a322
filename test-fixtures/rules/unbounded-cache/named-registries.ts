// Registries that refuse a name already taken: each entry is declared once by the code that defines it, and a
// repeated name is a programming error, not a cache hit. The memos beside them are fed what clients send.
import express from "express";

// ok: unbounded-cache -- a second registration under the same name throws, so only declared names get in
const reporters = Object.create(null);

export function registerReporter(name: string, report: () => string) {
  if (Object.hasOwn(reporters, name)) {
    throw new Error(`reporter ${name} is already registered`);
  }
  reporters[name] = report;
}

// ok: unbounded-cache -- the same refusal written with Map#has
const queues = new Map<string, string[]>();

export function declareQueue(queueName: string) {
  if (queues.has(queueName)) throw new Error(`queue ${queueName} declared twice`);
  queues.set(queueName, []);
}

// expect: unbounded-cache
const lastSeen = new Map<string, number>();

// A memo that only skips the work on a repeat: fed a visitor id per request, it keeps every visitor forever.
export function touchVisitor(visitorId: string) {
  if (lastSeen.has(visitorId)) return;
  lastSeen.set(visitorId, Date.now());
}

// expect: unbounded-cache
const uploads = new Map<string, Buffer>();

// The refusal guards another key than the one written: the stored key is minted here and never repeats.
export function storeUpload(owner: string, bytes: Buffer) {
  if (uploads.has(owner)) throw new Error("one upload at a time");
  uploads.set(`${owner}:${Date.now()}`, bytes);
}

// ok: unbounded-cache -- a list that throws on a mount point it already holds: each extension mounts its paths once
const mountedPaths: string[] = [];

export function mountExtension(extension: { area?: string; slug: string }) {
  const mountPath = (extension.area || "") + "/ext/" + extension.slug;
  if (mountedPaths.indexOf(mountPath) !== -1) {
    throw new Error(`${mountPath} is mounted twice`);
  }
  mountedPaths.push(mountPath);
}

// expect: unbounded-cache
const auditTrail: string[] = [];

// The list refuses a repeat, but the entry carries a timestamp made here: no two calls repeat it.
export function recordAudit(actor: string) {
  const entry = `${actor}@${Date.now()}`;
  if (auditTrail.includes(entry)) throw new Error("duplicate audit entry");
  auditTrail.push(entry);
}

// expect: unbounded-cache
const seenCallers: string[] = [];

// Skipping a repeat is a memo, not a refusal: every distinct caller is kept.
export function noteCaller(caller: string) {
  if (seenCallers.includes(caller)) return;
  seenCallers.push(caller);
}

// ok: unbounded-cache -- the constructor refuses a channel name already in use, so each name is declared once
const openChannels = new Set<string>();

export class Channel {
  readonly name: string;

  constructor(name: string) {
    name = name.trim().toLowerCase();
    if (openChannels.has(name)) throw new Error(`channel ${name} is already open`);
    openChannels.add(name);
    this.name = name;
  }
}

// expect: unbounded-cache
const subscribers = new Set<string>();

// A constructor that skips a repeat instead of refusing it: every distinct subscriber is kept.
export class Subscription {
  constructor(readonly address: string) {
    if (subscribers.has(address)) return;
    subscribers.add(address);
  }
}

// ok: unbounded-cache -- the name is a property of the registered object and a taken name still throws
const exporters = new Map<string, { kind: string; run: () => void }>();

export function addExporter(exporter: { kind: string; run: () => void }) {
  if (exporters.has(exporter.kind)) throw new Error(`exporter ${exporter.kind} exists`);
  exporters.set(exporter.kind, exporter);
}

// expect: unbounded-cache
const seenOrders = new Map<string, { orderId: string }>();

// The presence test is on a different field than the key written, so repeats of the key are not refused.
export function recordOrder(order: { orderId: string; customerId: string }) {
  if (seenOrders.has(order.customerId)) throw new Error("customer already recorded");
  seenOrders.set(order.orderId, order);
}

const app = express();

app.post("/visits/:visitor", (req, res) => {
  touchVisitor(req.params.visitor);
  storeUpload(req.params.visitor, Buffer.from(String(req.body.data)));
  recordAudit(String(req.headers["x-actor"]));
  noteCaller(String(req.ip));
  new Subscription(String(req.body.address));
  recordOrder({ orderId: String(req.body.orderId), customerId: req.params.visitor });
  res.sendStatus(204);
});

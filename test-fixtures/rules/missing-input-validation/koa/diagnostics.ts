// A collector's endpoints: a connectivity check that answers with what it was sent, and telemetry batches sent as
// protobuf, which the generated message code decodes against the message's schema.
import Koa from "koa";
import Router from "@koa/router";
import { MetricBatch, LegacyBatch } from "../lib/metric-batch";
import { db } from "../lib/db";

const app = new Koa();
const router = new Router();

// ok: missing-input-validation -- the body goes back, as JSON, to the client that sent it; nothing here reads it
router.post("/ping", async (ctx) => {
  const sent = ctx.request.body || {};
  ctx.body = { pong: true, at: new Date().toISOString(), received: { body: sent } };
});

router.post("/ping-and-keep", async (ctx) => {
  // expect: missing-input-validation
  const sent = ctx.request.body || {};
  await db.probe.create({ data: sent });
  ctx.body = { pong: true, received: sent };
});

// ok: missing-input-validation -- the bytes are decoded by generated protobuf code, field by field against the schema
router.post("/metrics", async (ctx) => {
  const batch = MetricBatch.decode(new Uint8Array(ctx.request.body as ArrayBuffer));
  await db.metric.createMany({ data: batch.points.map((point) => ({ name: point.name, value: point.value })) });
  ctx.status = 202;
});

router.post("/metrics/legacy", async (ctx) => {
  // expect: missing-input-validation
  const batch = LegacyBatch.decode(new Uint8Array(ctx.request.body as ArrayBuffer));
  await db.metric.createMany({ data: batch.points });
  ctx.status = 202;
});

router.post("/page-views", async (ctx) => {
  // expect: missing-input-validation
  const { page } = ctx.request.body as { page: number };
  // a JSON field's text hides what it was: a list or an object becomes text the store takes
  await db.pageView.create({ data: { page: page.toString() } });
  ctx.status = 202;
});

router.post("/labels", async (ctx) => {
  // expect: missing-input-validation
  const { label } = ctx.request.body as { label: string };
  const current = await db.label.findFirst();
  if (label === current?.name) {
    ctx.status = 304;
    return;
  }
  // compared above, but also stored as it came
  await db.label.create({ data: { name: label } });
  ctx.status = 201;
});

app.use(router.routes());

export default app;

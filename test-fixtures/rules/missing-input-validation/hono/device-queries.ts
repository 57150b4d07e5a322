import { Hono } from "hono";
import type { Context } from "hono";
import { db } from "../lib/db";
import { checkAgainst, noteOnly, type StandardSchemaLike } from "../lib/standard-check";

interface DeviceQuery {
  appId: string;
  deviceId: string;
  channel?: string;
}

declare const deviceQuerySchema: StandardSchemaLike<DeviceQuery>;

const app = new Hono();

/** Copies the query's text values into the shape the device endpoints share. */
function toDeviceQuery(query: Record<string, string>): DeviceQuery {
  return { appId: query.app_id ?? "", deviceId: (query.device_id ?? "").toLowerCase(), channel: query.channel };
}

/** Counts the request, then hands the payload to the shared check (imported): the check sits two calls below the handler. */
function readDeviceRequest(c: Context, payload: DeviceQuery, schema: StandardSchemaLike<DeviceQuery>): DeviceQuery {
  c.header("x-device-app", payload.appId);
  return checkAgainst(schema, payload);
}

/** The same shape, but the helper it hands the payload to only notes it. */
function readDeviceRequestLoosely(c: Context, payload: DeviceQuery): DeviceQuery {
  c.header("x-device-app", payload.appId);
  return noteOnly(payload) as DeviceQuery;
}

// ok: missing-input-validation -- the reshaped query goes through a same-file helper into an imported schema check
app.get("/devices/channel", async (c) => {
  const query = toDeviceQuery(c.req.query());
  const device = readDeviceRequest(c, query, deviceQuerySchema);
  return c.json(await db.post.findMany({ where: { author: device.deviceId } }));
});

app.delete("/devices/channel", async (c) => {
  // expect: missing-input-validation
  const query = toDeviceQuery(c.req.query());
  const device = readDeviceRequestLoosely(c, query);
  return c.json(await db.post.deleteMany({ where: { author: device.deviceId } }));
});

export default app;

import { Hono } from "hono";
import { assertText, fail } from "./failures";
import { journal } from "./journal";

export const devices = new Hono();

async function readJson(c: { req: { json(): Promise<any> } }) {
  return c.req.json();
}

async function verifyDeviceProof(deviceId: string, proof: string): Promise<boolean> {
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(process.env.DEVICE_PROOF_KEY), { name: "HMAC", hash: "SHA-256" }, false, ["verify"]);
  return crypto.subtle.verify("HMAC", key, hexToBytes(proof), new TextEncoder().encode(deviceId));
}

function hexToBytes(hex: string): Uint8Array {
  return new Uint8Array((hex.match(/../g) ?? []).map((pair) => parseInt(pair, 16)));
}

// ok: missing-auth -- the device's proof is verified and refused with 401 (through `fail`, which takes the status) before any write
devices.post("/events", async (c) => {
  const body = await readJson(c);
  const deviceId = assertText(body.deviceId, "deviceId", 64);
  const proof = assertText(body.proof, "proof", 128);
  const label = typeof body.label === "string" ? body.label.trim() : "";
  const valid = label ? await verifyDeviceProof(`${deviceId}:${label}`, proof) : await verifyDeviceProof(deviceId, proof);
  if (!valid) throw fail(401, "bad_proof");
  journal.mark(deviceId);
  return c.json({ ok: true });
});

// expect: missing-auth
devices.post("/labels", async (c) => {
  const body = await readJson(c);
  const deviceId = assertText(body.deviceId, "deviceId", 64);
  if (!body.label) throw fail(400, "no_label");
  journal.mark(`${deviceId}:${body.label}`);
  return c.json({ ok: true });
});

import https from "node:https";
import type { IncomingMessage } from "node:http";

function readJson(res: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let raw = "";
    res.on("data", (chunk) => (raw += chunk));
    res.on("end", () => resolve(JSON.parse(raw)));
    res.on("error", reject);
  });
}

export function geocode(address: string): Promise<unknown> {
  const url = `https://geocode.example.com/v1/search?q=${encodeURIComponent(address)}`;
  return new Promise((resolve, reject) => {
    // expect: missing-timeout
    https.get(url, { signal: AbortSignal.timeout(30_000) }, (res) => readJson(res).then(resolve, reject)).on("error", reject);
  });
}

export function reverseGeocode(lat: number, lon: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    // expect: missing-timeout
    const req = https.request({ hostname: "geocode.example.com", path: `/v1/reverse?lat=${lat}&lon=${lon}`, method: "GET", signal: AbortSignal.timeout(30_000) }, (res) =>
      readJson(res).then(resolve, reject),
    );
    req.on("error", reject);
    req.end();
  });
}

export function batchGeocode(addresses: string[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    // ok: missing-timeout -- req.setTimeout bounds the request
    const req = https.request("https://geocode.example.com/v1/batch", { method: "POST" }, (res) => readJson(res).then(resolve, reject));
    req.setTimeout(10_000, () => req.destroy(new Error("geocode batch timed out")));
    req.on("error", reject);
    req.end(JSON.stringify(addresses));
  });
}

import axios from "axios";
import ky from "ky";

const carrier = ky.create({ prefixUrl: "https://api.carrier.example.com/v2" });

export async function quote(parcel: { weightGrams: number; to: string }) {
  // ok: missing-timeout -- ky times out after 10 s by default
  return carrier.post("quotes", { json: parcel }).json<{ priceCents: number }>();
}

export async function track(trackingNumber: string) {
  // ok: missing-timeout -- ky's default timeout applies
  return ky.get(`https://api.carrier.example.com/v2/tracking/${trackingNumber}`).json();
}

export async function manifest(date: string) {
  // expect: missing-timeout
  return ky.post("https://api.carrier.example.com/v2/manifests", { json: { date }, timeout: false }).json();
}

export async function labels(batchId: string) {
  // expect: missing-timeout
  const { data } = await axios.get(`https://labels.example.com/batches/${batchId}`, { responseType: "arraybuffer", timeout: 0 });
  return data as ArrayBuffer;
}

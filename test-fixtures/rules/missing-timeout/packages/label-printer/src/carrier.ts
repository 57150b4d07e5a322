// This package declares node-fetch 3.x, which dropped the `timeout` option: only an abort signal bounds the call.
import fetch from "node-fetch";

export async function bookPickup(parcelId: string) {
  // expect: missing-timeout
  const response = await fetch(`https://carrier.example.com/pickups/${parcelId}`, { method: "POST", timeout: 4000 });
  return response.json();
}

// The store locator's map: the maps loader writes its key into the script URL every visitor's browser loads, and the
// vendor restricts that key by referrer. The same kind of key used from server code is a credential.
import { useJsApiLoader } from "@react-google-maps/api";

export function useStoreMap(): boolean {
  const { isLoaded } = useJsApiLoader({
    id: "store-map",
    // ok: hardcoded-secret -- a browser maps key, sent to every visitor by the loader by design
    googleMapsApiKey: "AIzajITxzSrCfsAA-J18uGDiDUo4s1awZzYvG49",
  });
  return isLoaded;
}

export async function geocode(address: string): Promise<unknown> {
  // expect: hardcoded-secret
  const url = `https://maps.googleapis.com/maps/api/geocode/json?key=${"AIza9MMmeUDkT3beZXw6V4wYcv_rzbNYA5Ika-T"}&address=${encodeURIComponent(address)}`;
  const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
  return response.json();
}

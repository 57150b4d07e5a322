"use client";
// Browser code calling a geocoding API with a key written into it: every visitor's browser gets the key. The fix is to
// make the call from server code, so no environment read is written here (a bundle has no server environment).
import { useState } from "react";

export function AddressSearch() {
  const [results, setResults] = useState<unknown>(null);
  async function search(address: string) {
    // expect: hardcoded-secret
    const url = `https://maps.googleapis.com/maps/api/geocode/json?key=${"AIzaQ3pLmW8rTnV2xYc6bHjK4dFgS9aEo1uZiR7"}&address=${encodeURIComponent(address)}`;
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    setResults(await response.json());
  }
  return <button onClick={() => search("Main Street 1")}>{JSON.stringify(results)}</button>;
}

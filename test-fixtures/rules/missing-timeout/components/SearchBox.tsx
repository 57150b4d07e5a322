"use client";
import { useState } from "react";

export function SearchBox() {
  const [results, setResults] = useState<string[]>([]);
  async function search(query: string) {
    // ok: missing-timeout -- browser code: the user can navigate away
    const res = await fetch(`/api/search?q=${encodeURIComponent(query)}`);
    setResults(await res.json());
  }
  return <input onChange={(event) => search(event.target.value)} placeholder={results.length ? "" : "Search"} />;
}

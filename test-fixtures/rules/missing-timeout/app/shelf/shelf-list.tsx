"use client";
import { useEffect, useState } from "react";
import { Rest } from "../../lib/rest";

export function ShelfList() {
  const [names, setNames] = useState<string[]>([]);
  useEffect(() => {
    Rest.listShelves().then((answer) => setNames(answer));
  }, []);
  return <ul>{names.map((name) => <li key={name}>{name}</li>)}</ul>;
}

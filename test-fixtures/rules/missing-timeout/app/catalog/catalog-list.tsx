import { useEffect, useState } from "react";
import { loadCatalogPage } from "../../lib/catalog-helpers";

export function CatalogList() {
  const [items, setItems] = useState<unknown>(null);
  useEffect(() => {
    void loadCatalogPage("/api/catalog").then(setItems);
  }, []);
  return <ul>{String(items)}</ul>;
}

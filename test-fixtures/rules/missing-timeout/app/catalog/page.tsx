import { loadCatalogBanner } from "../../lib/catalog-helpers";
import { CatalogList } from "./catalog-list";

export default async function CatalogPage() {
  const banner = await loadCatalogBanner("https://cms.example.com/banner");
  return (
    <main>
      <p>{String(banner)}</p>
      <CatalogList />
    </main>
  );
}

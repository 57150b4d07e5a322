import { loadCatalog } from "../../../plans/catalog";
import { monthlyPrice } from "../../../plans/pricing";

export async function GET(): Promise<Response> {
  return Response.json({ catalog: await loadCatalog(), starter: monthlyPrice(900) });
}

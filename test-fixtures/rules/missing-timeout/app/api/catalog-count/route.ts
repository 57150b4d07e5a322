import { countLabel } from "../../../lib/catalog-helpers";

export async function GET(): Promise<Response> {
  return Response.json({ label: countLabel(3) });
}

// A Remix-style route module: the framework calls its `action` by file convention; the sibling route imports only
// the helper, so no import ever names `action`.
import { type ActionFunctionArgs } from "@remix-run/node";

export function reportFileName(id: string): string {
  return `report-${id}.csv`;
}

export async function action({ request }: ActionFunctionArgs) {
  const { id } = await request.json();
  // expect: missing-timeout
  const upstream = await fetch(`https://reports.example.com/render/${id}`, { method: "POST" });
  return new Response(upstream.body, { headers: { "content-disposition": `attachment; filename=${reportFileName(id)}` } });
}

// Body-format dispatch on the request's own Content-Type: the type picks a decoder, nothing keeps or serves it.
import { decodeSpans, storeSpans } from "../../../lib/spans";

export async function POST(request: Request): Promise<Response> {
  const format = request.headers.get("content-type")?.toLowerCase() ?? "";
  // ok: loose-mime-check -- chooses the JSON decoder; parameters like charset must pass
  if (format.startsWith("application/json")) {
    await storeSpans(await request.json());
    return Response.json({ accepted: true });
    // ok: loose-mime-check -- second arm of the same dispatch, the binary decoder
  } else if (format.startsWith("application/x-protobuf")) {
    await storeSpans(decodeSpans(new Uint8Array(await request.arrayBuffer())));
    return new Response(null, { status: 204 });
  }
  return new Response("unsupported body format", { status: 415 });
}

export async function PUT(request: Request): Promise<Response> {
  const declared = request.headers.get("content-type") || "";
  // ok: loose-mime-check -- a gate for the line-delimited JSON reader below; one check of one value, both halves silent
  if (!declared.includes("application/x-ndjson") && !declared.includes("application/ndjson")) {
    return Response.json({ error: "send newline-delimited JSON" }, { status: 415 });
  }
  const lines = (await request.text()).split("\n").filter(Boolean);
  await storeSpans(lines.map((line) => JSON.parse(line)));
  return new Response(null, { status: 202 });
}

export async function PATCH(request: Request): Promise<Response> {
  // ok: loose-mime-check -- only a form body can be read by formData(); the form's fields are what is used
  if (!request.headers.get("content-type")?.includes("multipart/form-data")) return new Response(null, { status: 415 });
  const form = await request.formData();
  await storeSpans([{ name: String(form.get("name") ?? "") }]);
  return new Response(null, { status: 204 });
}

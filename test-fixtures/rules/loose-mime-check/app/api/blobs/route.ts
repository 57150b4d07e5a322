// Raw uploads kept with the type the client claimed: the type decides how they are served later.
import { putBlob } from "../../../lib/blob-store";

export async function PUT(request: Request): Promise<Response> {
  const claimed = request.headers.get("content-type") ?? "";
  // expect: loose-mime-check
  if (!claimed.startsWith("image/")) return new Response("images only", { status: 415 });
  await putBlob(new Uint8Array(await request.arrayBuffer()), claimed);
  return new Response(null, { status: 201 });
}

export async function POST(request: Request): Promise<Response> {
  const claimed = request.headers.get("content-type") ?? "";
  // expect: loose-mime-check
  if (!claimed.includes("application/json")) return new Response(null, { status: 415 });
  // The body is stored and later served back with the header as sent: `text/html; x=application/json` passes.
  await putBlob(new TextEncoder().encode(await request.text()), claimed);
  return new Response(null, { status: 201 });
}

export async function PATCH(request: Request): Promise<Response> {
  const claimed = request.headers.get("content-type") ?? "";
  // expect: loose-mime-check
  if (!claimed.startsWith("image/png") &&
    // ok: loose-mime-check -- the second half of the same check is reported once, on its first operand
    !claimed.startsWith("image/jpeg")) {
    return new Response(null, { status: 415 });
  }
  await putBlob(new Uint8Array(await request.arrayBuffer()), claimed);
  return new Response(null, { status: 201 });
}

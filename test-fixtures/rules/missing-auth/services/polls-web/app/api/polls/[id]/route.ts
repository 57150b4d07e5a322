// ok: missing-auth -- a stub that only refuses the method changes nothing
export async function PUT() {
  return new Response("Method Not Allowed", { status: 405 });
}

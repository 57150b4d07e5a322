// ok: missing-auth -- the OAuth token endpoint is where clients without a session exchange a code
export async function POST(request: Request) {
  const form = await request.formData();
  return Response.json({ access_token: String(form.get("code")).length > 0 ? "issued" : "" });
}

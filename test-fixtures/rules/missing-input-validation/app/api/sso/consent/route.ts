// The consent form is handed to the OAuth server too, but the same `let` is also written to the store first: the
// store gets whatever the client posted.
import { db } from "../../../../lib/db";
import ssoServer from "../../../../lib/sso";

export async function POST(request: Request) {
  const { oauth } = await ssoServer();
  let params: Record<string, unknown> = {};
  // expect: missing-input-validation
  const form = await request.formData();
  params = Object.fromEntries(form.entries());
  await db.consent.create({ data: params });
  return Response.json(await oauth.authorize(params));
}

export async function PATCH(request: Request) {
  // expect: missing-input-validation
  const params = request.method === "PATCH" ? await request.json() : {};
  return Response.json(await db.consent.update({ where: { id: "one" }, data: params }));
}

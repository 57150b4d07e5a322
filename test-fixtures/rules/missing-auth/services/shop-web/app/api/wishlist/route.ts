// A customer route. The staff gate would lock customers out, the cron gate admits only the scheduler, and the customer
// gate calls its handler with one object, not the request this handler takes: none fits, so the fix creates a guard,
// in lib/auth-guard.ts because lib/auth/ is a folder of the shop's own.
// expect: missing-auth
export async function POST(request: Request) {
  const item = new URL(request.url).searchParams.get("item");
  return Response.json({ item }, { status: 201 });
}

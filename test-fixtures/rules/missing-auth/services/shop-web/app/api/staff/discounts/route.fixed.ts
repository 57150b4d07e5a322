// A staff route beside two the staff gate guards: the fix reuses that gate, whose handler takes the route's own arguments.
// expect: missing-auth
export async function POST(request: Request) {
  const code = new URL(request.url).searchParams.get("code");
  return Response.json({ code }, { status: 201 });
}

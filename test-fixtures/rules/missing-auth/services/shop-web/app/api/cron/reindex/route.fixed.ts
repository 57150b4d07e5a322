// A cron route beside two the cron gate guards: the fix reuses the cron gate, not a user's session guard.
// expect: missing-auth
export async function POST(request: Request) {
  return new Response(`reindexed ${request.headers.get("x-batch") ?? "all"}`);
}

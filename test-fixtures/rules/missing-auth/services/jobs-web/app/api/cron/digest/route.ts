// A cron route in a service whose only guard is for administrators: the scheduler has no admin session, and a created
// bearer-token guard would refuse it too, so no fix is offered (test/missing-auth-fixes.test.ts); verify the
// scheduler's secret here instead.
// expect: missing-auth
export async function POST() {
  return new Response("digest sent");
}

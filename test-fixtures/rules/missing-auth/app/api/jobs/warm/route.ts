import { db } from "@/lib/db";

// expect: missing-auth
export async function POST(request: Request) {
  // A setting gates only a log line here: nothing checks who called.
  if (process.env.JOB_TRACE === "1") {
    console.info("warm requested", request.headers.get("user-agent"));
  }
  await db.query("select warm_caches()");
  return new Response(null, { status: 204 });
}

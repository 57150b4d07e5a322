import { db } from "@/lib/db";

// Reading the body is harmless; storing it is work anyone could make the server do.
// expect: missing-auth
export async function POST(request: Request) {
  const report = await request.json();
  await db.query("insert into violations (report) values ($1)", [JSON.stringify(report)]);
  return Response.json({ received: true });
}

import { NextResponse } from "next/server";

// expect: exposed-health-details
export async function GET() {
  return NextResponse.json({
    ok: true,
    commit: process.env.VERCEL_GIT_COMMIT_SHA,
    databaseUrl: process.env.DATABASE_URL,
  });
}

import { NextResponse } from "next/server";

// ok: exposed-health-details -- not a health or status path: what a version endpoint publishes is its purpose
export async function GET() {
  return NextResponse.json({ version: process.env.APP_VERSION });
}

import { NextResponse } from "next/server";

export function GET() {
  return NextResponse.json({ hello: "from your new app" });
}

import { NextResponse } from "next/server";

const allowed = ["https://app.example.com", "https://www.example.com"];

export async function GET(request: Request) {
  const origin = request.headers.get("origin") ?? "";
  const response = NextResponse.json({ items: [] });
  // ok: permissive-cors -- echoed only when allowed
  if (allowed.includes(origin)) response.headers.set("Access-Control-Allow-Origin", origin);
  return response;
}

export async function POST(request: Request) {
  const response = NextResponse.json({ created: true }, { status: 201 });
  // expect: permissive-cors
  response.headers.set("Access-Control-Allow-Origin", request.headers.get("origin") ?? "");
  response.headers.set("Access-Control-Allow-Credentials", "true");
  return response;
}

export async function PUT(request: Request) {
  const response = NextResponse.json({ updated: true });
  // ok: permissive-cors -- echoed without credentials, so the caller's site reads only what an anonymous request could
  response.headers.set("Access-Control-Allow-Origin", request.headers.get("origin") ?? "");
  return response;
}

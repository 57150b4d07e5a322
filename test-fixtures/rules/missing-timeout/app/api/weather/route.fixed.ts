import { NextResponse, type NextRequest } from "next/server";
import { env } from "../../../lib/env";

const upstream = "https://api.openweathermap.org/data/2.5";

export async function GET(request: NextRequest) {
  const city = request.nextUrl.searchParams.get("city") ?? "Berlin";
  // expect: missing-timeout
  const current = await fetch(`${upstream}/weather?q=${encodeURIComponent(city)}&appid=${env.OPENWEATHER_KEY}`, { signal: AbortSignal.timeout(30_000) });
  // expect: missing-timeout
  const forecast = await fetch(`${upstream}/forecast?q=${encodeURIComponent(city)}`, {
    headers: { "x-api-key": env.OPENWEATHER_KEY },
    next: { revalidate: 600 },
    signal: AbortSignal.timeout(30_000)
  });
  // ok: missing-timeout -- the signal bounds the call
  const alerts = await fetch(`${upstream}/alerts?q=${city}`, { next: { revalidate: 60 }, signal: AbortSignal.timeout(5_000) });
  return NextResponse.json({ current: await current.json(), forecast: await forecast.json(), alerts: await alerts.json() });
}

export async function POST(request: NextRequest) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 8_000);
  try {
    // ok: missing-timeout -- any signal counts: this one is aborted by a timer
    const res = await fetch(`${upstream}/subscriptions`, { method: "POST", body: await request.text(), signal: controller.signal });
    return NextResponse.json(await res.json(), { status: res.status });
  } finally {
    clearTimeout(timer);
  }
}

const FORECAST_ORIGIN = "https://forecast.example.net";

export async function POST(request: Request) {
  // ok: missing-input-validation -- the caller's key is presence-checked and only sent on as a header of the upstream call
  const { accessKey } = await request.json();
  if (!accessKey) return Response.json({ error: "accessKey is required" }, { status: 400 });
  const upstream = await fetch(`${FORECAST_ORIGIN}/v2/today`, { headers: { "x-api-key": `key=${accessKey}` } });
  return Response.json(await upstream.json(), { status: upstream.status });
}

export async function PUT(request: Request) {
  // expect: missing-input-validation
  const { city, accessKey } = await request.json();
  // The header value goes on as text, but the city picks the path of the upstream call.
  const upstream = await fetch(`${FORECAST_ORIGIN}/v2/${city}`, { headers: { authorization: `Bearer ${accessKey}` } });
  return Response.json(await upstream.json(), { status: upstream.status });
}

export async function forecastFor(city: string) {
  // expect: missing-timeout
  const response = await fetch(
    `https://weather.example.com/v2/forecast?city=${encodeURIComponent(city)}&units=metric`,
    { signal: AbortSignal.timeout(30000) },
  );
  return response.json();
}

export async function alertsFor(region: string) {
  // expect: missing-timeout
  const response = await fetch(
    `https://weather.example.com/v2/alerts?region=${encodeURIComponent(region)}`,
    { signal: AbortSignal.timeout(30000) }
  );
  return response.json();
}

// The real-VS-Code test opens this file, waits for Harden's missing-timeout warning and applies its quick fix.
const weatherApi = "https://weather.example.com/v1";

export async function forecast(city: string) {
  const response = await fetch(`${weatherApi}/forecast?city=${encodeURIComponent(city)}`);
  return response.json();
}

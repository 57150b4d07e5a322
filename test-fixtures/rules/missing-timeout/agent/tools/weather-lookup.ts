// A tool the assistant route hands to the model: production code, though it sits in a folder named tools.
export async function lookUpWeather(city: string): Promise<unknown> {
  // expect: missing-timeout
  const response = await fetch(`https://weather.example.com/v1/now?city=${encodeURIComponent(city)}`);
  return response.json();
}

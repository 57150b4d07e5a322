// A fresh checkout: package.json declares @types/node, but nothing is installed. Its install types `process.env.X` as
// `string | undefined`, which the `apiKey: string` field below refuses.
interface ForecastOptions {
  apiKey: string;
  units: "metric" | "imperial";
}

export function forecastOptions(): ForecastOptions {
  return { apiKey: "replace-me", units: "metric" };
}

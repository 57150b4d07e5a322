import { lookUpWeather } from "../../../agent/tools/weather-lookup";

export async function POST(request: Request): Promise<Response> {
  const { city } = (await request.json()) as { city: string };
  return Response.json(await lookUpWeather(city));
}

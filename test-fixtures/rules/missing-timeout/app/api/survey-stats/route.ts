import { fetchSurveyStats } from "../../../lib/survey-stats";

export async function GET() {
  return Response.json(await fetchSurveyStats(process.env.STATS_ORIGIN!));
}

// Runs inside the server-rendering process, so a hung price service hangs page renders.
import axios from "axios";

export async function latestPrices(baseURL: string): Promise<unknown> {
  // expect: missing-timeout
  const { data } = await axios.get(`${baseURL}/prices`);
  return data;
}

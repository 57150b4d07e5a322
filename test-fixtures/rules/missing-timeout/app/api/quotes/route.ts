import { underBudget, untilCancelled } from "../../../lib/quote-calls";

export async function GET() {
  // ok: missing-timeout -- underBudget races the request against a rejecting timer
  const latest = await underBudget(() => fetch(`${process.env.QUOTES_URL}/latest`));
  return Response.json(await latest.json());
}

export async function POST(request: Request) {
  const aborted = new Promise<never>((_, reject) => request.signal.addEventListener("abort", () => reject(new Error("aborted"))));
  // expect: missing-timeout
  const saved = await untilCancelled(() => fetch(`${process.env.QUOTES_URL}/saved`), aborted);
  return Response.json(await saved.json());
}

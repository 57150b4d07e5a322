import { store } from "../store";

interface Req {
  body: { surveyId?: string; choice?: string };
  params: Record<string, string>;
  headers: Record<string, string | undefined>;
}
interface Res {
  status(code: number): Res;
  json(body: unknown): void;
  redirect(code: number, url: string): void;
}

// An anonymous vote: it reads what was sent and never asks who sent it.
export async function recordAnswer(req: Req, res: Res): Promise<void> {
  if (!req.body.surveyId || !req.body.choice) {
    res.status(400).json({ error: "surveyId and choice are required" });
    return;
  }
  await store.add("answers", { survey: req.body.surveyId, choice: req.body.choice });
  res.status(204).json({});
}

// The kiosk link printed on a poster: the path carries the secret the project handed out.
export const openKiosk = async (req: Req, res: Res): Promise<void> => {
  const kiosk = await store.findBy("kiosks", "access_token", req.params.accessToken ?? "");
  if (!kiosk) {
    res.status(404).json({ error: "unknown kiosk" });
    return;
  }
  await store.add("kiosk_visits", { kiosk: kiosk.id });
  res.json({ kiosk: kiosk.id });
};

// The old results page moved: it only bounces the visitor to the new address.
export function movedResults(req: Req, res: Res): void {
  res.redirect(308, `/results/${req.params.surveyId}`);
}

// Deleting a survey is an owner's change, whatever module the handler lives in.
export async function deleteSurvey(req: Req, res: Res): Promise<void> {
  await store.remove("surveys", req.params.surveyId ?? "");
  res.status(204).json({});
}

// Same shape as recordAnswer, but its route has no limiter: nothing says the author planned for anonymous callers.
export async function recordComment(req: Req, res: Res): Promise<void> {
  await store.add("comments", { survey: req.body.surveyId, text: req.body.choice });
  res.status(204).json({});
}

// Same shape as recordAnswer, but each call spends the operator's paid API key: a limiter per address slows the
// bill down, it does not make the endpoint a public tool.
export async function summarizeAnswers(req: Req, res: Res): Promise<void> {
  const reply = await fetch("https://llm.example.net/v1/summaries", {
    method: "POST",
    headers: { authorization: `Bearer ${process.env.SUMMARY_API_KEY}` },
    body: JSON.stringify({ text: req.body.choice }),
    signal: AbortSignal.timeout(10_000),
  });
  res.json(await reply.json());
}

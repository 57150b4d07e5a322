import { looselySame, sameText } from "./equal-text";

// The scheduler posts its shared secret in the JSON body; the body is read from a copy so the handler can read it again.
export async function carriesSchedulerSecret(request: Request): Promise<boolean> {
  if (!process.env.SCHEDULER_SECRET) return false;
  const copy = request.clone();
  const payload = await copy.json();
  const matches = sameText(payload.secret, process.env.SCHEDULER_SECRET);
  if (!matches) console.warn("scheduler call without its secret");
  return matches;
}

// Or in the authorization header, checked one function further down.
export function sentBySchedulerHeader(request: Request): boolean {
  const accepted = headerMatches(request);
  return accepted;
}

function headerMatches(request: Request): boolean {
  if (!process.env.SCHEDULER_SECRET) return false;
  return sameText(request.headers.get("authorization"), `Bearer ${process.env.SCHEDULER_SECRET}`);
}

// Looks like the check above, but only asks whether the sent value contains the secret.
export async function mentionsSchedulerSecret(request: Request): Promise<boolean> {
  const payload = await request.json();
  return looselySame(payload.secret, process.env.SCHEDULER_SECRET ?? "");
}

// Answers yes to anyone who sends the header at all, whatever it holds.
export function sentSchedulerHeader(request: Request): boolean {
  if (!request.headers.get("x-scheduler-secret")) return false;
  return true;
}

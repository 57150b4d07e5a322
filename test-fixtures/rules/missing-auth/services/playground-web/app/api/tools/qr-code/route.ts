import { allowCall, visitorAddress } from "../../../../lib/network";
import { answerToolError, ToolError } from "../../../../lib/tool-error";

// Throttled per address like the other tools, but the refusal is thrown as the project's error whose code says the
// caller is over its rate; the error handler turns that code into the 429.
// ok: missing-auth -- reads no credential and refuses anonymous callers over their per-address rate: public by design
export async function POST(request: Request) {
  try {
    const { text } = (await request.json()) as { text: string };
    const address = visitorAddress(request.headers);
    const verdict = await allowCall(`qr:${address}`);
    if (!verdict.allowed) throw new ToolError({ code: "rate_limit_exceeded", message: "slow down" });
    return Response.json({ text, modules: [] });
  } catch (error) {
    return answerToolError(error);
  }
}

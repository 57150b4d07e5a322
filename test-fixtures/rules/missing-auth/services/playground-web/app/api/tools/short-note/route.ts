import { allowCall, visitorAddress } from "../../../../lib/network";
import { answerToolError, ToolError } from "../../../../lib/tool-error";

const notes: string[] = [];

// Counts calls per address, but what it throws when the count is over is a bad request, not a throttle: nothing
// here refuses a caller for calling too often, so nothing says the author planned for anonymous callers.
// expect: missing-auth
export async function POST(request: Request) {
  try {
    const { note } = (await request.json()) as { note: string };
    const address = visitorAddress(request.headers);
    const verdict = await allowCall(`note:${address}`);
    if (!verdict.allowed) throw new ToolError({ code: "bad_request", message: "try later" });
    notes.push(note);
    return new Response(null, { status: 201 });
  } catch (error) {
    return answerToolError(error);
  }
}

// A generic factory runs the step it is handed before the handler and returns any Response the step gives. The
// mailbox wrappers stack steps: the provider step runs the mailbox step, which runs the signed-in step (401).
import { NextResponse, type NextRequest } from "next/server";
import { currentUser } from "./session";

type Handler = (req: NextRequest) => Promise<Response>;
type SignedInRequest = NextRequest & { session: { userId: string } };
type Step = (req: NextRequest) => Promise<SignedInRequest | Response>;

function runSteps(handler: Handler, step?: Step): Handler {
  return async (req) => {
    if (step) {
      const outcome = await step(req);
      if (outcome instanceof Response) return outcome;
      return handler(outcome);
    }
    return handler(req);
  };
}

async function signedInStep(req: NextRequest): Promise<SignedInRequest | Response> {
  const user = await currentUser();
  if (!user) return NextResponse.json({ error: "sign in first" }, { status: 401 });
  return Object.assign(req, { session: { userId: user.id } });
}

async function mailboxStep(req: NextRequest): Promise<SignedInRequest | Response> {
  const signedIn = await signedInStep(req);
  if (signedIn instanceof Response) return signedIn;
  if (!req.headers.get("x-mailbox")) return NextResponse.json({ error: "pick a mailbox" }, { status: 403 });
  return signedIn;
}

async function providerStep(req: NextRequest): Promise<SignedInRequest | Response> {
  const withMailbox = await mailboxStep(req);
  if (withMailbox instanceof Response) return withMailbox;
  const owner = withMailbox.session.userId;
  return Object.assign(withMailbox, { provider: `mail:${owner}` });
}

export function withMailboxProvider(nameOrHandler: string | Handler, handler?: Handler): Handler {
  if (typeof nameOrHandler === "string") return runSteps(handler!, providerStep);
  return runSteps(nameOrHandler, providerStep);
}

export function withTiming(handler: Handler): Handler {
  return runSteps(handler, undefined);
}

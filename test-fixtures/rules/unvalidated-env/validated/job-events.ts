// A receiver of job-run events signed by the Trigger.dev platform, in a service whose env module lacks its secret.
import { webhooks } from "@trigger.dev/sdk/v3";
import { env } from "./env";

export async function receiveRunEvent(request: Request): Promise<Response> {
  // ok: unvalidated-env -- constructEvent refuses a missing secret with a WebhookError before it verifies anything
  const event = await webhooks.constructEvent(request, process.env.RUN_EVENTS_SECRET!);
  return Response.json({ received: event.id, mailer: env.MAIL_API_URL });
}

export async function forwardRunEvent(request: Request): Promise<Response> {
  // expect: unvalidated-env
  return fetch(process.env.RUN_EVENTS_RELAY!, { method: "POST", body: await request.text() });
}

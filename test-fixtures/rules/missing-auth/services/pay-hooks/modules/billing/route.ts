import { applyBillingEvent, applyPlanChange, applyRefundEvent } from "./events";

// Handlers shared by several route files, which re-export them.
export const POST = async (request: Request) => {
  const signature = request.headers.get("stripe-signature");
  if (!signature) return Response.json({ error: "missing signature" }, { status: 400 });
  const result = await applyBillingEvent(await request.text(), signature);
  return Response.json({ message: result.message }, { status: result.status });
};

export const refundsFeed = async (request: Request) => {
  const signature = request.headers.get("stripe-signature") ?? "";
  const result = await applyRefundEvent(await request.text(), signature);
  return Response.json({ message: result.message }, { status: result.status });
};

export const planSync = async (request: Request) => {
  const signature = request.headers.get("stripe-signature") ?? "";
  const result = await applyPlanChange(await request.text(), signature);
  return Response.json({ message: result.message }, { status: result.status });
};

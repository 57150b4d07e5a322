import axios from "axios";
import { env } from "../lib/env";

const stripeBase = "https://api.stripe.com/v1";
const authHeaders = { Authorization: `Bearer ${env.STRIPE_SECRET_KEY}` };

export async function createCustomer(email: string) {
  const body = new URLSearchParams({ email });
  // expect: missing-timeout
  const { data } = await axios.post(`${stripeBase}/customers`, body, { timeout: 30_000 });
  return data.id as string;
}

export async function getCustomer(customerId: string) {
  // expect: missing-timeout
  const { data } = await axios.get(`${stripeBase}/customers/${customerId}`, { headers: authHeaders, timeout: 30_000 });
  return data;
}

export async function refundCharge(chargeId: string, amount: number) {
  // expect: missing-timeout
  const response = await axios.post(
    `${stripeBase}/refunds`,
    new URLSearchParams({ charge: chargeId, amount: String(amount) }),
    {
      headers: authHeaders,
      validateStatus: (status) => status < 500,
      timeout: 30_000,
    },
  );
  return response.data;
}

export async function listInvoices(customerId: string) {
  // ok: missing-timeout -- timeout set on the call
  const { data } = await axios.get(`${stripeBase}/invoices`, { params: { customer: customerId }, timeout: 5_000 });
  return data.data;
}

export async function cancelSubscription(subscriptionId: string, signal: AbortSignal) {
  // ok: missing-timeout -- axios honours an AbortSignal: the caller owns the deadline
  await axios.delete(`${stripeBase}/subscriptions/${subscriptionId}`, { headers: authHeaders, signal });
}

export async function forward(path: string, payload: unknown, requestOptions: Record<string, unknown>) {
  // ok: missing-timeout -- spread of a parameter: the timeout may be in it, so nothing is claimed
  return axios.post(`${stripeBase}${path}`, payload, { ...requestOptions });
}

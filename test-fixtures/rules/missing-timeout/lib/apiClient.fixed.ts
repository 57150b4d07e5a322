import axios from "axios";

// expect: missing-timeout
export const billingApi = axios.create({
  baseURL: process.env.BILLING_API_URL,
  headers: { "X-Api-Key": process.env.BILLING_API_KEY ?? "" },
  timeout: 30_000,
});

// ok: missing-timeout -- the instance carries a default timeout
export const crmApi = axios.create({ baseURL: process.env.CRM_API_URL, timeout: 10_000 });

export async function billingHealth() {
  // ok: missing-timeout -- a call through billingApi is reported once, at axios.create above
  const { status } = await billingApi.get("/health");
  return status === 200;
}

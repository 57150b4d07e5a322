import axios from "axios";
import { billingApi, crmApi } from "../lib/apiClient";

// expect: missing-timeout
const ledger = axios.create({ timeout: 30000 });

export class InvoicesService {
  async findForAccount(accountId: string) {
    // ok: missing-timeout -- billingApi is reported where it is created, in lib/apiClient.ts
    const { data } = await billingApi.get(`/accounts/${accountId}/invoices`);
    return data;
  }

  async syncContact(accountId: string) {
    // ok: missing-timeout -- crmApi has a default timeout
    await crmApi.post("/contacts/sync", { accountId });
  }

  async record(entry: { invoiceId: string; amount: number }) {
    // ok: missing-timeout -- ledger is reported once, at axios.create()
    await ledger.post("https://ledger.internal/entries", entry);
  }
}

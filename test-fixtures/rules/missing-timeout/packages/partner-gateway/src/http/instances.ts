// Two shared clients for partner APIs; the service's start-up module configures them.
import axios from "axios";

// ok: missing-timeout -- start.ts sets this instance's default timeout after importing it through the barrel
export const partnerClient = axios.create({ baseURL: "https://partners.example.com/v2" });

// expect: missing-timeout
export const ledgerClient = axios.create({ baseURL: "https://ledger.example.com" });

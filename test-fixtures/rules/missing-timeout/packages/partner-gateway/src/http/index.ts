export { ledgerClient, partnerClient } from "./instances";

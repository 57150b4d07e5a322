export { sendAlert, sendAlertUnbatched as sendAlertLines } from "./send";

export const OPS_CHANNEL = "ops";

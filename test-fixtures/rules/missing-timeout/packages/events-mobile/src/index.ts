export { sendEvent } from "@acme/events-sdk";

export { checkEvent as checkPaylaneEvent } from "@paylane/sdk/webhooks";

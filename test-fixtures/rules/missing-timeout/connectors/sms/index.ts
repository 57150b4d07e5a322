import { deliver } from "./gateway";

export const smsConnector = { send: deliver };

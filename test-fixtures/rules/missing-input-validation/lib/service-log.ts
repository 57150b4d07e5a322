import { makeServiceLogger } from "./app-logger";

export const serviceLog = makeServiceLogger({ service: "catalog" });

import pino from "pino";

// ok: sensitive-data-logged -- creating the logger logs nothing
export const logger = pino({ level: process.env.LOG_LEVEL ?? "info" });

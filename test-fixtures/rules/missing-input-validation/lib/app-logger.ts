import pino from "pino";

/** The project's own logger factory: every service names its logger, the library does the rest. */
export function makeServiceLogger({ service }: { service: string }) {
  const level = process.env.LOG_LEVEL ?? "info";
  return pino({ name: service, level });
}

// The service's logger, set up once and shared: other modules import it under their own name.
const levels = ["error", "warn", "info", "verbose", "debug"];
const threshold = levels.indexOf(process.env.LOG_LEVEL ?? "info");

export const appLog = Object.fromEntries(levels.map((level, rank) => [level, (...parts) => rank <= threshold && console.log(`[${level}]`, ...parts)]));

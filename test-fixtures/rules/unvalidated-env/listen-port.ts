// The port comes from the app's own variable, else the platform's, else the default.
const defaults = { port: 8080 };

// ok: unvalidated-env -- a NaN from either variable is falsy and falls through to the default
export const port = +process.env.LEDGER_PORT || +process.env.PORT || defaults.port;

// expect: unvalidated-env
export const adminPort = defaults.port && +process.env.LEDGER_ADMIN_PORT;

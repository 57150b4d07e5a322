// The guards, re-exported whole: routes import them from this one module.
export * from "./member";
export * from "./timing";

// A barrel: everything of the error module, re-exported whole.
export * from "./app-errors";

export * from "./storage-fault";
export * from "./request-fault";

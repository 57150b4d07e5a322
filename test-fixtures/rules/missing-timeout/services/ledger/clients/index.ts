export * from "./http-client";
export * from "./entries-client";

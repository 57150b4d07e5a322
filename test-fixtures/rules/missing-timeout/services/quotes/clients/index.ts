export * from "./rates-client";

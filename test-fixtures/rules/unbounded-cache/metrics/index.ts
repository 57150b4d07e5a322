export * from "./instruments";

export * from "./paylane";

export * from "./answers";
export * from "./prompt";

// Not a pure barrel: it passes the client on whole beside a function of its own.
export * from "./recipes-api";

export function apiVersion(): number {
  return 3;
}

// A published library: its users import it from npm, outside this repository.
export * from "./drivers/relay";

export function version(): string {
  return "0.4.0";
}

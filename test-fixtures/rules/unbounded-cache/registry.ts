// ok: unbounded-cache -- plugins register once at start-up with fixed names
const plugins = new Map<string, () => void>();

export function registerBuiltins() {
  plugins.set("audit", () => undefined);
  plugins.set("metrics", () => undefined);
}

// expect: unbounded-cache
const listeners: Array<(event: string) => void> = [];

export function onEvent(listener: (event: string) => void) {
  listeners.push(listener);
}

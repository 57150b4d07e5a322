import express from "express";

const app = express();

// ok: unbounded-cache -- plugins register once at start-up with fixed names
const plugins = new Map<string, () => void>();

export function registerBuiltins() {
  plugins.set("audit", () => undefined);
  plugins.set("metrics", () => undefined);
}

// expect: unbounded-cache
const listeners: Array<(event: string) => void> = [];

// Every client that opens the event stream adds a listener, and none is ever taken out.
app.get("/events", (_req, res) => {
  listeners.push((event) => res.write(event));
});

// A small publish/subscribe hub shared by the chat page's components.
type Listener = (...payload: unknown[]) => void;

// ok: unbounded-cache -- only browser code loads this hub (the page's components, a helper that drives the document)
const listeners = new Map<string, Listener[]>();

export function subscribe(topic: string, listener: Listener): void {
  listeners.set(topic, [...(listeners.get(topic) ?? []), listener]);
}

export function publish(topic: string, ...payload: unknown[]): void {
  for (const listener of listeners.get(topic) ?? []) listener(...payload);
}

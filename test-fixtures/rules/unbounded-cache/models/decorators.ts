import type { Entity } from "./entity";

// ok: unbounded-cache -- a decorator records the class it is applied to; the keys are the classes in the code
const columnsByClass = new Map<string, string[]>();

export function Column(target: Entity, property: string) {
  const owner = target.constructor.name;
  columnsByClass.set(owner, [...(columnsByClass.get(owner) ?? []), property]);
}

// ok: unbounded-cache -- the same, keyed by a static name read off the class
const linksByClass = new Map<string, string[]>();

export function Link(kind: string) {
  return function (target: Entity, property: string) {
    const owner = (target.constructor as typeof Entity).tableName;
    queueMicrotask(() => linksByClass.set(owner, [kind, property]));
  };
}

// expect: unbounded-cache
const seenProperties = new Map<string, boolean>();

// The property names come from the caller, not from a class: a socket message names them.
export function remember(target: Entity, property: string) {
  seenProperties.set(property, true);
}

export function listen(socket: { on(event: string, listener: (message: { target: Entity; property: string }) => void): void }) {
  socket.on("touch", (message) => remember(message.target, message.property));
}

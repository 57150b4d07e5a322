// What the tests that load client code under a fake `vscode` module share: vscode.EventEmitter, enough for the
// extension's listeners, and a way to load client modules afresh under the caller's fake.
import * as path from "node:path";

export class EventEmitter<T> {
  private listeners: Array<(value: T) => void> = [];
  readonly event = (listener: (value: T) => void) => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((other) => other !== listener)) };
  };
  fire(value: T): void {
    for (const listener of this.listeners) listener(value);
  }
  dispose(): void {
    this.listeners = [];
  }
}

/**
 * Drops the client's modules from the require cache: a module another test loaded stays bound to that test's fake
 * `vscode` (the extension imports the routes view), so each test loads them again under its own.
 */
export function forgetClientModules(): void {
  const clientFolder = path.resolve(__dirname, "../client") + path.sep;
  for (const loaded of Object.keys(require.cache)) if (loaded.startsWith(clientFolder)) delete require.cache[loaded];
}

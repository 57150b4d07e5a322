// Knows when the messages already received have all been handled. The connection handles one queued message per
// turn of the event loop, so a burst of edits read at once arrives over several turns; waiting until a whole turn
// handles none lets the server analyse the burst's last version only, with no fixed delay in front of it.
import type { MessageStrategy } from "vscode-languageserver";

export class InputDrain implements MessageStrategy {
  private handled = 0;
  private waiting: Array<() => void> = [];

  /** The connection's hook: counts each message as it is handled. */
  readonly handleMessage: MessageStrategy["handleMessage"] = (message, next) => {
    this.handled++;
    return next(message);
  };

  /** Resolves once a full turn of the event loop has handled no message (at least two turns from now). */
  drained(): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      if (this.waiting.length === 1) void this.watch();
    });
  }

  /** One watch for every waiter, however many requests wait. */
  private async watch(): Promise<void> {
    // The first turn may run before the message queued behind the current one, so it proves nothing.
    await nextTurn();
    let seen: number;
    do {
      seen = this.handled;
      await nextTurn();
    } while (seen !== this.handled);
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

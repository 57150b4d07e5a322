// After `shutdown` the server must answer every further request with InvalidRequest and act on no notification but
// `exit` (LSP 3.17, "Shutdown Request"). The connection does neither, so messages pass this gate before any handler.
import { ErrorCodes, Message, ResponseError, type Connection, type MessageStrategy } from "vscode-languageserver";

/** The method a refused request is handed to: its handler only answers with the error. */
const refusedMethod = "harden/refusedAfterShutdown";

/** Wraps `strategy` so that, once `shutdown` has been received, requests are refused and notifications dropped. */
export function gateAfterShutdown(strategy: MessageStrategy): MessageStrategy {
  let shutDown = false;
  return {
    handleMessage(message, next) {
      if (Message.isRequest(message)) {
        if (shutDown) return strategy.handleMessage({ ...message, method: refusedMethod, params: { method: message.method } } as Message, next);
        if (message.method === "shutdown") shutDown = true;
      } else if (shutDown && Message.isNotification(message) && message.method !== "exit") {
        return;
      }
      return strategy.handleMessage(message, next);
    },
  };
}

export function answerRefusedRequests(connection: Connection): void {
  connection.onRequest(refusedMethod, ({ method }: { method: string }) => new ResponseError(ErrorCodes.InvalidRequest, `the server is shutting down; ${method} is refused`));
}

// The server's output channel. Engine notices (a rule that threw, a file skipped) are written once each; never a
// document's text or a secret: notices and finding messages are already redacted by the engine.
import type { Connection } from "vscode-languageserver";
import type { Notice } from "../../rules/engine/types.js";

export class ServerLog {
  private readonly reported = new Set<string>();

  constructor(private readonly connection: Connection) {}

  noticesOnce(notices: readonly Notice[]): void {
    for (const notice of notices) {
      const line = `${notice.filePath}: ${notice.message}`;
      if (this.reported.has(line)) continue;
      this.reported.add(line);
      this.connection.console.warn(line);
    }
  }

  info(line: string): void {
    this.connection.console.info(line);
  }

  error(line: string): void {
    this.connection.console.error(line);
  }
}

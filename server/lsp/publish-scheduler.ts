// When open documents' diagnostics are published, and of which text. It owns the order (an edited document goes
// first), the "no fixed delay" debounce (each publish waits until the messages already received are handled, so a burst
// of edits is analysed once, at its last version), the snapshots `onSave` mode shows, and the generation that marks
// every earlier analysis stale. It analyses nothing itself: `publish` does, and is given to it.
import { TextDocument } from "vscode-languageserver-textdocument";
import type { HardenSettings } from "../protocol.js";

export interface SchedulerServices {
  /** Resolves once the messages received so far have been handled. */
  drained(): Promise<void>;
  /** Resolves once the client's settings are known. */
  settingsKnown(): Promise<void>;
  /** The open document at `uri`, if it is still open. */
  openDocument(uri: string): TextDocument | undefined;
  /** Analyses and sends one open document's diagnostics. */
  publish(document: TextDocument): void;
  logError(message: string): void;
}

export class PublishScheduler {
  /** Open documents to (re)publish, in order: an edited one goes first. */
  private queue: string[] = [];
  private publishing = false;
  /** Each open document as it was last opened or saved: what `onSave` mode analyses. */
  private readonly saved = new Map<string, TextDocument>();
  private generationCount = 0;

  constructor(private readonly services: SchedulerServices) {}

  /** Bumped whenever every shown analysis may be stale; part of each pull's result id. */
  get generation(): number {
    return this.generationCount;
  }

  markAllStale(): void {
    this.generationCount++;
  }

  /** Queues a document's publish: `first` for the one being edited, at the back for a re-check. */
  request(uri: string, { first }: { first: boolean }): void {
    if (first) this.queue = [uri, ...this.queue.filter((queued) => queued !== uri)];
    else if (!this.queue.includes(uri)) this.queue.push(uri);
    if (!this.publishing) void this.publishQueued();
  }

  /** The document closed: nothing of it is published or shown any more. */
  forget(uri: string): void {
    this.queue = this.queue.filter((queued) => queued !== uri);
    this.saved.delete(uri);
  }

  /** Keeps the text as opened or saved, copied: the open document object is updated in place by later edits. */
  rememberSaved(document: TextDocument): void {
    this.saved.set(document.uri, TextDocument.create(document.uri, document.languageId, document.version, document.getText()));
  }

  /** The text whose diagnostics are shown: the current one, or in `onSave` mode the one last opened or saved. */
  shownVersionOf(document: TextDocument, run: HardenSettings["run"]): TextDocument {
    return run === "onSave" ? (this.saved.get(document.uri) ?? document) : document;
  }

  /** Waits until no message is waiting and no open document is queued: background work yields to the editor. */
  async whenIdle(): Promise<void> {
    do await this.services.drained();
    while (this.queue.length > 0);
  }

  private async publishQueued(): Promise<void> {
    this.publishing = true;
    try {
      await this.services.settingsKnown();
      while (this.queue.length > 0) {
        await this.services.drained();
        const uri = this.queue.shift()!;
        const document = this.services.openDocument(uri);
        try {
          if (document) this.services.publish(document);
        } catch (error) {
          // Publishing never throws by design; should it, one document never stops the others.
          this.services.logError(`${uri}: publishing diagnostics failed: ${describeError(error)}`);
        }
      }
    } finally {
      this.publishing = false;
    }
  }
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message.split("\n")[0]! : String(error);
}

// The diagnostics of files a workspace scan analysed, kept converted (the host keeps no disk file's text), each with a
// result id that changes only when they do; which of them a cross-file change may have made stale; and the workspace
// pulls held until one of them changes.
import type { CancellationToken, Diagnostic } from "vscode-languageserver";

export interface ScannedReport {
  diagnostics: Diagnostic[];
  resultId: string;
}

export class ScannedFiles {
  private readonly reports = new Map<string, ScannedReport>();
  private stale = new Set<string>();
  private stamp = 0;
  private waiters: Array<() => void> = [];

  /** Records a file's fresh diagnostics; a new result id (and a woken pull) only when they differ from the last. */
  record(filePath: string, diagnostics: Diagnostic[]): void {
    this.stale.delete(filePath);
    const previous = this.reports.get(filePath);
    if (previous && JSON.stringify(previous.diagnostics) === JSON.stringify(diagnostics)) return;
    this.reports.set(filePath, { diagnostics, resultId: `scan:${++this.stamp}` });
    this.changed();
  }

  /** Every scanned file may be stale now; held pulls wake to re-check them. */
  markAllStale(): void {
    this.stale = new Set(this.reports.keys());
    this.changed();
  }

  staleFiles(): string[] {
    return [...this.stale];
  }

  hasStale(): boolean {
    return this.stale.size > 0;
  }

  entries(): Array<[string, ScannedReport]> {
    return [...this.reports];
  }

  /** Resolves at the next change (or when the token is cancelled). */
  nextChange(token: CancellationToken): Promise<void> {
    return new Promise((resolve) => {
      this.waiters.push(resolve);
      token.onCancellationRequested(() => resolve());
    });
  }

  private changed(): void {
    for (const wake of this.waiters.splice(0)) wake();
  }
}

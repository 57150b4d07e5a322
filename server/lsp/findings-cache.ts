// Findings per (uri, version): code actions and pull requests read them here, so a version is linted once.
import type { Finding } from "../../rules/engine/types.js";

export interface CachedAnalysis {
  version: number;
  /** The text the findings' spans refer to. */
  text: string;
  findings: Finding[];
  /** Whether the findings carry their fixes: diagnostics are computed without, quick fixes ask again with them. */
  withFixes: boolean;
  durationMs: number;
}

export class FindingsCache {
  private readonly byUri = new Map<string, CachedAnalysis>();

  get(uri: string, version: number): CachedAnalysis | undefined {
    const cached = this.byUri.get(uri);
    return cached?.version === version ? cached : undefined;
  }

  latest(uri: string): CachedAnalysis | undefined {
    return this.byUri.get(uri);
  }

  set(uri: string, analysis: CachedAnalysis): void {
    this.byUri.set(uri, analysis);
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
  }

  /** Another file's facts changed: every cached analysis may be stale. */
  clear(): void {
    this.byUri.clear();
  }

  uris(): string[] {
    return [...this.byUri.keys()];
  }
}

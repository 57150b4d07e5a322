// The "files done/total" line on stderr for long scans on a terminal: silent for the first second, then
// repainted in place at most ten times a second, and erased before the report is printed.
const quietPeriodMs = 1_000;
const repaintIntervalMs = 100;

export interface Progress {
  update(phase: string, done: number, total: number): void;
  clear(): void;
}

export function createProgress(stream: NodeJS.WritableStream, enabled: boolean, now: () => number): Progress {
  const startedAt = now();
  let paintedAt = 0;
  let visible = false;
  return {
    update(phase, done, total) {
      const time = now();
      if (!enabled || time - startedAt < quietPeriodMs || (time - paintedAt < repaintIntervalMs && done < total)) return;
      paintedAt = time;
      visible = true;
      stream.write(`\r\u001b[K${phase} ${done}/${total} files`);
    },
    clear() {
      if (visible) stream.write("\r\u001b[K");
      visible = false;
    },
  };
}

import pino from "pino";

const base = pino();

/** The process logger, fetched through a getter as some services do. */
export function logger() {
  return base;
}

/** Runs `work` inside a tracing span and hands back what it answers. */
export async function traced<T>(options: { name: string }, work: (span: { end(): void }) => Promise<T>): Promise<T> {
  const span = { end() {} };
  try {
    return await work(span);
  } finally {
    span.end();
  }
}

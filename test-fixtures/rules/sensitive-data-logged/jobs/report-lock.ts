import { randomBytes } from "node:crypto";

interface Store {
  set(key: string, value: string, mode: string, seconds: number, condition: string): Promise<string | null>;
  eval(script: string, keys: number, ...args: Array<string | number>): Promise<number>;
}

interface Logger {
  info(message: string, meta?: object): void;
  warn(message: string): void;
}

const refresh = 'if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("pexpire", KEYS[1], ARGV[2]) end return 0';

/** One nightly report at a time across the fleet: the holder marks the key with who it is and when it started. */
export class ReportLock {
  constructor(private readonly store: Store, private readonly log: Logger) {}

  async take(key: string): Promise<boolean> {
    const ownerToken = `${process.pid}:${Date.now()}`;
    const taken = await this.store.set(key, ownerToken, "PX", 30_000, "NX");
    // ok: sensitive-data-logged -- the mark is the process id and the start time: anyone could work it out
    this.log.info(`report lock taken by ${ownerToken}`);
    if (taken) await this.keepAlive(key, ownerToken);
    return taken !== null;
  }

  private async keepAlive(key: string, ownerToken: string): Promise<void> {
    const kept = await this.store.eval(refresh, 1, key, ownerToken, 30_000);
    // ok: sensitive-data-logged -- every caller in the class passes the process-and-clock mark
    if (!kept) this.log.warn(`report lock of ${ownerToken} lost`);
  }

  async handOver(key: string, ownerToken: string): Promise<void> {
    await this.store.eval(refresh, 1, key, ownerToken, 1);
    // expect: sensitive-data-logged
    this.log.warn(`report lock of ${ownerToken} handed over`);
  }

  async takeWithSecretMark(key: string): Promise<void> {
    const ownerToken = randomBytes(16).toString("hex");
    await this.store.set(key, ownerToken, "PX", 30_000, "NX");
    // expect: sensitive-data-logged
    this.log.info(`report lock taken by ${ownerToken}`);
  }
}

interface Completion {
  promptTokens: number;
  cachedTokens: number;
  reasoningTokens: number;
}

export function recordUsage(usage: Completion, budget: number, sessionTokens: string[]): void {
  const spareTokens = Math.max(0, budget - usage.promptTokens);
  // ok: sensitive-data-logged -- counts of model tokens: the type says number, and the budget is arithmetic on them
  console.info(`cached ${usage.cachedTokens}, reasoning ${usage.reasoningTokens}, spare ${spareTokens}`);
  if (usage.reasoningTokens > budget) console.warn("reasoning over budget");
  const unusedTokens = usage.cachedTokens ?? 0;
  // ok: sensitive-data-logged -- a count that falls back to 0
  console.info("budget left", { unusedTokens });
  // ok: sensitive-data-logged -- whatever the key says, its value is the prompt's token count
  console.info("trimmed", { trimmedTokens: usage.promptTokens });
  // expect: sensitive-data-logged
  console.info("sessions refreshed", { sessionTokens });
}

// A mutex over a shared store: the mark a holder writes with NX only tells its own release apart from another
// holder's. It never leaves the server, so a guess helps nobody; a mark that is sent out is still a credential.
import { Redis } from "ioredis";

const store = new Redis(process.env.REDIS_URL!);

export class JobMutex {
  async tryHold(name: string): Promise<(() => Promise<void>) | undefined> {
    // ok: timestamp-id -- the owner mark of a lock, written only if free and compared by the release script
    const token = `${process.pid}:${Date.now()}`;
    const taken = await store.set(`mutex:${name}`, token, "PX", 5000, "NX");
    return taken ? () => this.letGo(name, token) : undefined;
  }

  async tryHoldAndShare(name: string): Promise<string | undefined> {
    // expect: timestamp-id
    const token = `${process.pid}:${Date.now()}`;
    await store.set(`mutex:${name}`, token, "PX", 5000, "NX");
    return token;
  }

  async withHold(name: string, work: () => Promise<void>): Promise<void> {
    // ok: timestamp-id -- the owner mark goes only to the store: written with NX, then handed straight to the renew and release scripts
    const token = `${process.pid}-${Date.now()}`;
    if (!(await store.set(`mutex:${name}`, token, "PX", 5000, "NX"))) return;
    const renew = setInterval(() => void store.eval('if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("pexpire", KEYS[1], 5000) end return 0', 1, `mutex:${name}`, token), 2000);
    try {
      await work();
    } finally {
      clearInterval(renew);
      await store.eval('if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) end return 0', 1, `mutex:${name}`, token);
    }
  }

  private async letGo(name: string, token: string): Promise<void> {
    await store.eval('if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) end return 0', 1, `mutex:${name}`, token);
  }
}

import { ConflictException, Injectable } from "@nestjs/common";

interface Tx {
  entry: { create(input: { data: { amount: number } }): Promise<{ id: string }> };
}
interface Store {
  $transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
}

const LEDGER_WRITE_FAILED = "ledger/write_failed" as const;

@Injectable()
export class LedgerService {
  constructor(private readonly store: Store) {}

  async record(amount: number): Promise<{ ok: true; id: string } | { ok: false; code: typeof LEDGER_WRITE_FAILED }> {
    try {
      const entry = await this.store.$transaction(async (tx) => {
        try {
          return await tx.entry.create({ data: { amount } });
        } catch (error) {
          // ok: error-detail-leak -- the outer catch of this method swallows it and answers a fixed code
          throw new ConflictException(error);
        }
      });
      return { ok: true, id: entry.id };
    } catch {
      return { ok: false, code: LEDGER_WRITE_FAILED };
    }
  }

  async recordOrFail(amount: number): Promise<string> {
    const entry = await this.store.$transaction(async (tx) => {
      try {
        return await tx.entry.create({ data: { amount } });
      } catch (error) {
        // expect: error-detail-leak
        throw new ConflictException(error);
      }
    });
    return entry.id;
  }

  async recordAndRethrow(amount: number): Promise<string> {
    try {
      const entry = await this.store.$transaction(async (tx) => {
        try {
          return await tx.entry.create({ data: { amount } });
        } catch (error) {
          // expect: error-detail-leak
          throw new ConflictException(error);
        }
      });
      return entry.id;
    } catch (error) {
      console.error("ledger write failed", error);
      throw error;
    }
  }
}

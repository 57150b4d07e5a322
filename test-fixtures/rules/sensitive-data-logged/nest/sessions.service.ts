import { Injectable, Logger } from "@nestjs/common";
import type { Knex } from "knex";

@Injectable()
export class SessionsService {
  private readonly logger = new Logger(SessionsService.name);

  constructor(private readonly db: Knex) {}

  async purgeExpired(now: Date) {
    const expiredTokens = await this.db("sessions").where("expires_at", "<", now).delete();
    // ok: sensitive-data-logged -- a Knex delete without returning() resolves to how many rows it removed
    this.logger.log(`${expiredTokens} expired tokens removed`);
  }

  async revokeAll(userId: string) {
    const revokedTokens = await this.db("sessions").where({ user_id: userId }).delete().returning("token");
    // expect: sensitive-data-logged
    this.logger.log(`revoked ${revokedTokens}`);
  }
}

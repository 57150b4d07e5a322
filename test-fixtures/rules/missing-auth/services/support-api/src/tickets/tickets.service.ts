import { Injectable } from "@nestjs/common";
import { Pool } from "pg";

@Injectable()
export class TicketsService {
  private readonly pool = new Pool({ connectionString: process.env.DATABASE_URL });

  open(ticket: { subject: string; message: string }) {
    return this.pool.query("insert into tickets (subject, message) values ($1, $2) returning id", [ticket.subject, ticket.message]);
  }

  close(id: string) {
    return this.pool.query("update tickets set closed_at = now() where id = $1", [id]);
  }

  exportAll() {
    return this.pool.query("select * from tickets");
  }

  reassign(id: string, agentId: string) {
    return this.pool.query("update tickets set agent_id = $2 where id = $1", [id, agentId]);
  }
}

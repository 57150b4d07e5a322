import { Injectable } from "@nestjs/common";
import { Pool } from "pg";

@Injectable()
export class OrdersService {
  private readonly pool = new Pool({ connectionString: process.env.DATABASE_URL });

  create(order: { sku: string; quantity: number }) {
    return this.pool.query("insert into orders (sku, quantity) values ($1, $2) returning id", [order.sku, order.quantity]);
  }

  cancel(id: string) {
    return this.pool.query("update orders set cancelled_at = now() where id = $1", [id]);
  }
}

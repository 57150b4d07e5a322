import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 5_000 });

interface Table<Row> {
  findById(id: string): Promise<Row | undefined>;
  insert(row: Row): Promise<void>;
}

function table<Row extends { id: string }>(name: string): Table<Row> {
  return {
    async findById(id) {
      const result = await pool.query(`select * from ${name} where id = $1`, [id]);
      return result.rows[0] as Row | undefined;
    },
    async insert(row) {
      const columns = Object.keys(row);
      const placeholders = columns.map((_, index) => `$${index + 1}`).join(", ");
      await pool.query(`insert into ${name} (${columns.join(", ")}) values (${placeholders})`, Object.values(row));
    },
  };
}

export const db = {
  orders: table<{ id: string; customerEmail: string; amountCents: number; createdAt: number }>("orders"),
  refunds: table<{ id: string; orderId: string; amountCents: number; reason: string; createdAt: number }>("refunds"),
  invoices: table<{ id: string; customerId: string; lines: unknown[] }>("invoices"),
};

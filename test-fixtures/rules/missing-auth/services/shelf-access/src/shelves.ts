// Access checks Harden cannot read where routes use them: a class's own method bound per role, and a check handed in
// by the caller. One route through such a check is no finding; many through the same one are one question.
import express, { type Express, type NextFunction, type Request, type RequestHandler, type Response } from "express";
import { Pool } from "pg";

const db = new Pool({ connectionString: process.env.DATABASE_URL });

export class ShelfRoutes {
  constructor(private readonly app: Express) {}

  register(): void {
    const canWrite = this.checkRole.bind(this, "writer");

    // expect: missing-auth -- three routes go through canWrite, one question asked at the first
    this.app.post("/shelves/:id/books", canWrite, async (req, res) => {
      await db.query("insert into books (shelf, title) values ($1, $2)", [req.params.id, String(req.body.title)]);
      res.sendStatus(201);
    });

    // ok: missing-auth -- the question about canWrite is the route above's
    this.app.put("/shelves/:id/books/:book", canWrite, async (req, res) => {
      await db.query("update books set title = $3 where shelf = $1 and id = $2", [req.params.id, req.params.book, String(req.body.title)]);
      res.sendStatus(204);
    });

    // ok: missing-auth -- the question about canWrite is asked once
    this.app.delete("/shelves/:id/books/:book", canWrite, async (req, res) => {
      await db.query("delete from books where shelf = $1 and id = $2", [req.params.id, req.params.book]);
      res.sendStatus(204);
    });

    // expect: missing-auth -- nothing in its chain at all, beside routes that go through a check
    this.app.post("/shelves", async (req, res) => {
      await db.query("insert into shelves (label) values ($1)", [String(req.body.label)]);
      res.sendStatus(201);
    });
  }

  private async checkRole(role: string, req: Request, res: Response, next: NextFunction): Promise<void> {
    const { rows } = await db.query("select 1 from members where shelf = $1 and session = $2 and role = $3", [req.params.id, req.get("x-session"), role]);
    if (rows.length === 0) {
      res.sendStatus(403);
      return;
    }
    next();
  }
}

export function registerMaintenance(app: Express, requireOperator: RequestHandler): void {
  // ok: missing-auth -- requireOperator is handed in by the caller: Harden cannot read it, and one route is no convention
  app.post("/shelves/reindex", requireOperator, async (_req, res) => {
    await db.query("reindex table books");
    res.sendStatus(202);
  });

  // A const list of middleware mounted on a prefix is its members, in front of every route under the prefix.
  const operatorOnly = [requireOperator];
  app.use("/shelves/maintenance", operatorOnly);

  // ok: missing-auth -- requireOperator, from the list mounted on /shelves/maintenance
  app.post("/shelves/maintenance/vacuum", async (_req, res) => {
    await db.query("vacuum books");
    res.sendStatus(202);
  });

  // expect: missing-auth -- outside the prefix the list guards
  app.delete("/shelves/:id", async (req, res) => {
    await db.query("delete from shelves where id = $1", [req.params.id]);
    res.sendStatus(204);
  });
}

class Gate {
  constructor(private readonly role: string) {}

  get check(): RequestHandler {
    return (req, res, next) => (req.get("x-role") === this.role ? next() : res.sendStatus(403));
  }
}

const app = express();
app.use(express.json());

// expect: missing-auth -- three routes through a member of a Gate made in place: one question, at the first
app.post("/labels", new Gate(process.env.CURATOR_ROLE ?? "curator").check, async (req, res) => {
  await db.query("insert into labels (name) values ($1)", [String(req.body.name)]);
  res.sendStatus(201);
});

// ok: missing-auth -- the question about the Gate member is the route above's
app.put("/labels/:id", new Gate(process.env.CURATOR_ROLE ?? "curator").check, async (req, res) => {
  await db.query("update labels set name = $2 where id = $1", [req.params.id, String(req.body.name)]);
  res.sendStatus(204);
});

// ok: missing-auth -- asked once
app.delete("/labels/:id", new Gate(process.env.CURATOR_ROLE ?? "curator").check, async (req, res) => {
  await db.query("delete from labels where id = $1", [req.params.id]);
  res.sendStatus(204);
});
new ShelfRoutes(app).register();
registerMaintenance(app, (req, res, next) => (req.ip === "127.0.0.1" ? next() : res.sendStatus(403)));
app.listen(Number(process.env.PORT ?? 3012));

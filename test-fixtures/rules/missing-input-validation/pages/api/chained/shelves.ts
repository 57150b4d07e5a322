import { z } from "zod";
import { db } from "../../../lib/db";
import { chainRoute } from "../../../lib/chain-route";

const renaming = z.object({ id: z.string().uuid(), title: z.string().max(80) });

export default chainRoute()
  // ok: missing-input-validation -- the spec hands the builder a schema for the body the handler takes
  .POST({ body: z.object({ title: z.string().max(80) }) })
  .handler(async ({ body }) => db.query("insert into shelves (title) values ($1)", [body.title]))
  // ok: missing-input-validation -- the schema is a const the spec names
  .PUT({ body: renaming })
  .handler(async ({ body }) => db.query("update shelves set title = $1 where id = $2", [body.title, body.id]))
  .toNextApiHandler();

// Tables and a query-builder connection for the drizzle handlers of this fixture.
import { drizzle } from "drizzle-orm/node-postgres";
import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const siteTable = pgTable("sites", { id: integer("id").primaryKey(), ownerId: text("owner_id"), name: text("name"), slug: text("slug"), tags: text("tags") });
export const memberTable = pgTable("members", { siteId: integer("site_id"), userId: text("user_id"), role: text("role") });
export const sqlDb = drizzle(process.env.DATABASE_URL!);

import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "mysql",
  schema: "./src/schema.ts",
  dbCredentials: {
    // ok: unvalidated-env -- a tool's config, read by its CLI, which stops at once when the URL is missing
    url: process.env.MIGRATIONS_DATABASE_URL!,
  },
});

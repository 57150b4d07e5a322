import { Hono } from "hono";

// The fix's block follows this file's four-space indentation at the depth of the handler.
export function createReportsApp(): Hono {
    const reports = new Hono();
    reports.get("/", (c) => c.json({ reports: [] }));
    // expect: error-detail-leak
    reports.onError((err, c) => c.json({ error: err.message }, 500));
    return reports;
}

import { Hono } from "hono";
import { randomBytes } from "crypto";

// The fix's block follows this file's four-space indentation at the depth of the handler.
export function createReportsApp(): Hono {
    const reports = new Hono();
    reports.get("/", (c) => c.json({ reports: [] }));
    // expect: error-detail-leak
    reports.onError((err, c) => {
        const errorId = randomBytes(16).toString("hex");
        console.error(errorId, err);
        return c.json({ error: `Internal server error (reference ${errorId})` }, 500);
    });
    return reports;
}

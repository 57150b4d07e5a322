// A Deno entry point: the parent comes from the project factory, and this file never imports Hono itself.
import { makeRoot } from "../_shared/runtime/root.ts";
import { app as summary } from "../_shared/features/summary.ts";
import { exportApps } from "../_shared/features/exports.ts";

const reports = makeRoot("reports");
reports.route("/summary", summary);
reports.route("/exports/daily", exportApps.daily);
reports.route("/exports/monthly", exportApps.monthly);

Deno.serve(reports.fetch);

import Koa from "koa";
import Router from "@koa/router";
import { AuditRouter } from "./kit/audit-router";
import { bearerGate } from "./kit/bearer-gate";
import { LedgerRouter } from "./kit/ledger-router";
import { RosterRouter } from "./kit/roster-router";
import { ShiftRouter } from "./kit/shift-router";
import { TeamRecordRouter } from "./kit/team-router";
import crewRoutes from "./routes/crews";
import { bounceRoutes, openRoutes } from "./routes/open";
import { debugRoutes } from "./routes/debug";
import { exportRoutes } from "./routes/exports";
import { providerRoutes } from "./routes/providers";
import { rotaRoutes } from "./routes/rota";

const app = new Koa();

const management = new Router();
management.use(bearerGate());
crewRoutes(management, { limit: 20 });
rotaRoutes(management);
const crewAudit = new AuditRouter("crews");
management.use(crewAudit.routes());
const teams = new TeamRecordRouter();
const roster = new RosterRouter();
const ledger = new LedgerRouter();
management.use(teams.routes(), roster.routes(), ledger.routes());

const open = new Router();
openRoutes(open);
exportRoutes(open);
providerRoutes(open, { id: process.env.CREW_SSO_PROVIDER ?? "sso" });
bounceRoutes(open, { record: async () => {} });
// The same class mounted without the gate: its routes are open through this instance.
const publicAudit = new AuditRouter("public");
open.use(publicAudit.routes());
// A subclass instance on the open router serves the roster routes it inherits without the gate.
const shifts = new ShiftRouter();
open.use(shifts.routes());
if (process.env.NODE_ENV !== "production") {
  debugRoutes(open);
}

app.use(management.routes());
app.use(open.routes());
app.listen(3090);

import express from "express";
import routers from "./routers";
import auditRouter from "./routers/audit";
import { mustBeSignedIn } from "./middleware/session";

const app = express();
const methodNotAllowed = (_req: express.Request, res: express.Response) => res.set("Allow", "POST").sendStatus(405);

app.use("/members", mustBeSignedIn, routers.membersRouter);
app.use("/audit", mustBeSignedIn, auditRouter);
// The billing router is mounted without the guard: its routes are reported in their own file.
app.use("/billing", routers.billingRouter);
// ok: missing-auth -- a 405 stub registered by name
app.delete("/hooks", methodNotAllowed);

export default app;

import Fastify from "fastify";
import { ledgerRoutes } from "./routes/ledger";
import { exportRoutes } from "./routes/exports";

const app = Fastify();
app.register(ledgerRoutes, { prefix: "/ledger" });
app.register(exportRoutes, { prefix: "/exports" });
app.listen({ port: 3000 });

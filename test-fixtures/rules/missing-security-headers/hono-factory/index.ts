import { Hono } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { catalogPath, createCatalogRoutes } from "./routes/catalog";
import { createDiscoveryRoutes } from "./routes/discovery";
import { webhooksRoute } from "./routes/webhooks";

const app = new Hono();
app.use("*", secureHeaders());
app.route("/webhooks", webhooksRoute);
app.route(catalogPath, createCatalogRoutes());
app.route("/", createDiscoveryRoutes(process.env.PUBLIC_ORIGIN ?? "http://localhost:3000"));

export default app;

import { Hono } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { webhooksRoute } from "./routes/webhooks";

const app = new Hono();
app.use("*", secureHeaders());
app.route("/webhooks", webhooksRoute);

export default app;

import express from "express";
import { requireSession } from "./middleware/session";
import { inboxRouter } from "./routes/inbox";
import { outboxRouter } from "./routes/outbox";

const app = express();
app.use(express.json());
app.use("/api/inbox", requireSession, inboxRouter);
app.use("/api/outbox", requireSession, outboxRouter);
app.use("/v2/inbox", inboxRouter);
app.use("/v2/outbox", requireSession, outboxRouter);
app.listen(8080);

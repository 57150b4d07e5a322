import express from "express";
import helmet from "helmet";
import { requireSession } from "./lib/session";
import { usersRouter } from "./routes/users";
import { webhooksRouter } from "./routes/webhooks";

export const app = express();
app.use(helmet());
app.use(express.json());
app.use("/users", requireSession, usersRouter);
app.use("/webhooks", webhooksRouter);

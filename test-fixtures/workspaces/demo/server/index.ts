import express from "express";
import helmet from "helmet";
import { requireAuth } from "./lib/auth";
import { ordersRouter } from "./routes/orders";
import { refundsRouter } from "./routes/refunds";

const app = express();
app.use(helmet());
app.use(express.json());

app.get("/health", (_req, res) => {
  res.json({ ok: true });
});

// Orders were added in a hurry: the router is mounted without the auth guard.
app.use("/api/orders", ordersRouter);
app.use("/api/refunds", requireAuth, refundsRouter);

const port = Number(process.env.PORT ?? 3000);
// expect: missing-graceful-shutdown
app.listen(port, () => {
  console.log(`billing api listening on ${port}`);
});

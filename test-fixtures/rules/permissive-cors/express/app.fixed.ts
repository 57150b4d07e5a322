import express from "express";
import cors from "cors";
import { ordersRouter } from "./orders";

const app = express();

// ok: permissive-cors -- `*` without credentials: browsers send no cookies along, so nothing private is readable
app.use(cors());
// expect: permissive-cors
app.use("/account", cors({ origin: (process.env.ALLOWED_ORIGINS ?? "").split(","), credentials: true }));
app.use(express.json());
app.use("/orders", ordersRouter);

app.listen(3000);

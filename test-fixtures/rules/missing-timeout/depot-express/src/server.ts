import express from "express";
import { quotesRouter } from "./routes/quotes";

const app = express();
app.use("/quotes", quotesRouter);
app.listen(3000);

// An app whose parsers keep Express's default 100 KB: nothing it does admits larger bodies.
import express from "express";
import { receipts } from "./routes/receipts";

const app = express();
app.use(express.json());
app.use("/receipts", receipts);
app.listen(3000);

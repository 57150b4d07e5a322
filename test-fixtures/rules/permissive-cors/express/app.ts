import express from "express";
import cors from "cors";
import { ordersRouter } from "./orders";

const app = express();

// expect: permissive-cors
app.use(cors());
app.use(express.json());
app.use("/orders", ordersRouter);

app.listen(3000);

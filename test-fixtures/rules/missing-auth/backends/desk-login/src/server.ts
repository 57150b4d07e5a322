import express from "express";
import { sessionRoutes } from "./routes";

const app = express();
app.use(express.json());
app.use("/api", sessionRoutes);
app.listen(3000);

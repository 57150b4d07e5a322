import express from "express";
import { poemRoutes } from "./routes/poems";

const app = express();
app.use(express.json());
app.use("/api", poemRoutes);
app.listen(3000);

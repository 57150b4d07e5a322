import express from "express";
import session from "express-session";
import { notices } from "./routes/notices.mjs";

const app = express();
app.use(express.json({ limit: "10kb" }));
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
app.use(notices);
app.listen(Number(process.env.PORT ?? 3000));

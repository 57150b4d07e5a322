import express from "express";
import session from "express-session";
import { runHook } from "./hooks";
const gate = require("./gate");

export async function startBoard(): Promise<void> {
  const app = express();
  app.use(express.json());
  // Plugins that must answer before anyone signs in join this hook.
  await runHook("beforeGate", { app });
  app.use(session({ secret: process.env.SESSION_SECRET!, resave: false, saveUninitialized: false }));
  app.use(gate.admit);
  await runHook("afterGate", { app, port: 8080 });
  app.listen(8080);
}

import express from "express";
import passport from "passport";
import type { RequestHandler } from "express";
import doorman from "./middleware/doorman.js";
import { pace } from "./middleware/pace.js";
import { consoleStore } from "./store.js";

const loginRequired = process.env.CONSOLE_LOGIN !== "off";
const inCi = process.env.CI !== undefined;

const operatorAuth: RequestHandler[] = [doorman.operatorKey.bind(doorman), pace];
const writerAuth: RequestHandler[] = [...operatorAuth, pace];
const sessionAuth: RequestHandler[] = [passport.authenticate("session") as RequestHandler, doorman.signedIn.bind(doorman), pace];
let paneAuth: RequestHandler[] = [doorman.signedIn.bind(doorman), pace];
if (inCi) {
  paneAuth = [doorman.operatorKey.bind(doorman), pace];
}
// Signing in is the default; only an operator who sets CONSOLE_LOGIN=off turns it off.
const deskAuth: RequestHandler[] = loginRequired ? [doorman.signedIn.bind(doorman), pace] : [doorman.localOperator.bind(doorman), pace];
// Here the open array is the default: sign-in only with CONSOLE_LOCKDOWN=on.
const lockedDown = process.env.CONSOLE_LOCKDOWN === "on";
const boardAuth: RequestHandler[] = lockedDown ? [doorman.signedIn.bind(doorman)] : [doorman.localOperator.bind(doorman)];
// A flag read from an object: either array may be live.
const settings = { requireLogin: process.argv.includes("--login") };
const shelfAuth: RequestHandler[] = settings.requireLogin ? [doorman.signedIn.bind(doorman)] : [doorman.localOperator.bind(doorman)];
const paced: RequestHandler[] = [pace];
let trayAuth: RequestHandler[] = [doorman.signedIn.bind(doorman)];
export function openTrays(): void {
  trayAuth = [doorman.localOperator.bind(doorman)];
}

export const consoleRouter = express.Router();

const save: RequestHandler = async (req, res) => {
  await consoleStore.record(req.body);
  res.status(201).json({ saved: true });
};

// ok: missing-auth -- the bound method reads the key and stops the request when none was sent
consoleRouter.post("/keys/direct", doorman.operatorKey.bind(doorman), save);
// ok: missing-auth -- the array's first element is that bound guard
consoleRouter.post("/keys", operatorAuth, save);
// ok: missing-auth -- spreads operatorAuth, so it runs the same guard
consoleRouter.post("/keys/write", writerAuth, save);
// ok: missing-auth -- a session guard method of the same instance
consoleRouter.post("/profile", sessionAuth, save);
// ok: missing-auth -- the `let` is reassigned only under CI, and both values authenticate anyway
consoleRouter.post("/panes", paneAuth, save);
// ok: missing-auth -- with no setting set the session array runs; the other is an operator's opt-out
consoleRouter.post("/desk", deskAuth, save);
// expect: missing-auth
consoleRouter.post("/board", boardAuth, save);
// expect: missing-auth
consoleRouter.post("/shelf", shelfAuth, save);
// The `let` may hold an open array once openTrays() runs.
// expect: missing-auth
consoleRouter.post("/trays", trayAuth, save);
// expect: missing-auth
consoleRouter.post("/notes", paced, save);
// expect: missing-auth
consoleRouter.post("/notes/local", doorman.localOperator.bind(doorman), save);

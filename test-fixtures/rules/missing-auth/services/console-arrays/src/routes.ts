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
// Either value may be live: with CONSOLE_LOGIN=off nobody signs in.
const deskAuth: RequestHandler[] = loginRequired ? [doorman.signedIn.bind(doorman), pace] : [doorman.localOperator.bind(doorman), pace];
const paced: RequestHandler[] = [pace];

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
// ok: missing-auth -- both values the `let` can hold authenticate
consoleRouter.post("/panes", paneAuth, save);
// expect: missing-auth
consoleRouter.post("/desk", deskAuth, save);
// expect: missing-auth
consoleRouter.post("/notes", paced, save);
// expect: missing-auth
consoleRouter.post("/notes/local", doorman.localOperator.bind(doorman), save);

import { Router } from "express";
import openSession from "./controllers/open-session";
import createAccount from "./controllers/create-account";

export const sessionRoutes = Router();

// ok: missing-auth -- signing in: the submitted password is compared with the account's stored bcrypt hash
sessionRoutes.post("/sessions", openSession);

// Hashing a new password checks nothing about the caller (staff add accounts here; a sign-up sits at the API root).
// expect: missing-auth
sessionRoutes.post("/staff/accounts", createAccount);

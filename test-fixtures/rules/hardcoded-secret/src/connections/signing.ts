// Signing keys kept in a const or an options object before they reach the signing API.
import express from "express";
import session from "express-session";
import jwt from "jsonwebtoken";

// expect: hardcoded-secret
const tokenKey = "orchid";

export function issue(userId: string): string {
  return jwt.sign({ sub: userId }, tokenKey);
}

export function check(token: string): unknown {
  return jwt.verify(token, tokenKey);
}

const sessionOptions = {
  // expect: hardcoded-secret
  secret: "blue whale",
  resave: false,
  saveUninitialized: false,
};

export const app = express();
app.use(session(sessionOptions));

const settings = {
  // expect: hardcoded-secret
  signingKey: "lantern",
  issuer: "acme",
};

export function issueFor(userId: string): string {
  return jwt.sign({ sub: userId }, settings.signingKey);
}

// ok: hardcoded-secret -- read from the environment before it reaches the signing call
const verifierKey = process.env.JWT_SECRET!;

export function checkWith(token: string): unknown {
  return jwt.verify(token, verifierKey);
}

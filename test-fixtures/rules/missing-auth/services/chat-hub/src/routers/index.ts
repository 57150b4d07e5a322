import { Hono } from "hono";
import { openChain, signedInChain } from "../middleware";
import { statusRouter } from "./status";
import { threadsRouter } from "./threads";

export const api = new Hono();

api.use(...openChain);
api.route("/status", statusRouter);
api.use(...signedInChain);
api.route("/threads", threadsRouter);

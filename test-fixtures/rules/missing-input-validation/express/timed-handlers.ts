// A handler bound to a name through a wrapper (`const h = withTiming(async …)`) is still the route's handler: its
// body is read like an inline one.
import { Router, type Request, type Response } from "express";
import { z } from "zod";

type Handler = (req: Request, res: Response) => Promise<unknown>;

function withTiming(handler: Handler): Handler {
  return async (req, res) => {
    const started = performance.now();
    await handler(req, res);
    res.setHeader("server-timing", `app;dur=${performance.now() - started}`);
  };
}

const renameBody = z.object({ title: z.string().max(120) });

const renameBoard = withTiming(async (req, res) => {
  // expect: missing-input-validation
  const title = req.body.title;
  res.json({ title: title.trim() });
});

const archiveBoard = withTiming(async (req, res) => {
  // ok: missing-input-validation -- parsed with a schema first
  const { title } = renameBody.parse(req.body);
  res.json({ archived: title });
});

export const boardsRouter = Router();
boardsRouter.post("/boards/:id/rename", renameBoard);
boardsRouter.post("/boards/:id/archive", archiveBoard);

import { Router } from "express";

export const apiRouter = Router();

// ok: missing-auth -- the app's auth middleware checks the API key for every path outside its public allow-list
apiRouter.post("/flows", async (req, res) => {
  res.status(201).json(await saveFlow(req.body));
});

// ok: missing-auth -- under /api/v2/widget/, which the project's allow-list declares public
apiRouter.post("/widget/:flowId/messages", async (req, res) => {
  res.status(202).json(await saveFlow({ flow: req.params.flowId, message: req.body }));
});

async function saveFlow(flow: unknown): Promise<{ id: string }> {
  return { id: JSON.stringify(flow).length.toString(36) };
}

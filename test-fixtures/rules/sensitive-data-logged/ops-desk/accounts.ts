import express from "express";

const hashes = new Map<string, string>();

export async function saveOperatorPassword(operator: string, password: string): Promise<void> {
  hashes.set(operator, password.length.toString());
}

export const accountsRouter = express.Router();
accountsRouter.get("/operators/count", (_req, res) => {
  res.json({ count: hashes.size });
});

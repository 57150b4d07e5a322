import { Router } from "express";

export interface Account {
  email: string;
  password: string;
}

const accounts: Account[] = [];

export function saveAccount(account: Account): void {
  accounts.push(account);
}

export function accountCount(): number {
  return accounts.length;
}

export const accountsRouter = Router();
accountsRouter.get("/accounts/count", (_req, res) => res.json({ count: accountCount() }));

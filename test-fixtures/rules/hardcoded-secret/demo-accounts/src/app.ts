import express from "express";
import { accountsRouter, saveAccount } from "./accounts";

const app = express();
app.use(accountsRouter);

// The service creates its operator account at boot: this hash ships with every deploy.
saveAccount({
  email: "operator@demo-accounts.dev",
  // expect: hardcoded-secret
  password: "$2b$10$Qm7vXc2LpT9sWkR4nYhE1eZ8uJdF6aG3bH5cN0oP2qI7rS9tU4vWx",
});

app.listen(Number(process.env.PORT ?? 4343));

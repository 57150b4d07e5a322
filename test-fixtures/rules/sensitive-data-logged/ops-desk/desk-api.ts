// The service itself: `start` runs its build, and so does `quiet`, a script not named for the service.
import express from "express";
import { accountsRouter } from "./accounts";

const app = express();
app.use(accountsRouter);

app.post("/operators", express.json(), (req, res) => {
  // expect: sensitive-data-logged
  console.log("operator created", req.body.password);
  res.sendStatus(201);
});

app.listen(3000);

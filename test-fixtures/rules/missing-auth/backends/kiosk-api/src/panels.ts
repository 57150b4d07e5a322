import express from "express";
import { answerFailures } from "./lib/answer-failures";
import { store } from "./store";

declare function hasText(value: string | undefined): boolean;

const panels = express();
panels.use(express.json());

// ok: missing-auth -- it reads nothing sent: the question about its wrapper passes to the next route
panels.post("/panels/status", answerFailures(async (req, res) => {
  res.send({ state: "ready", data: { paired: hasText(process.env.PANEL_PAIRING_KEY) } });
}));

// expect: missing-auth -- the first route through the wrapper that needs a guard asks about the wrapper
panels.post("/panels/open", answerFailures(async (req, res) => {
  res.send({ id: await store.save("panel", { screen: String(req.body.screen) }) });
}));

// ok: missing-auth -- its wrapper's finding is the route above's
panels.post("/panels/close", answerFailures(async (req, res) => {
  res.send({ id: await store.save("panel-closed", { screen: String(req.body.screen) }) });
}));

panels.listen(4200);

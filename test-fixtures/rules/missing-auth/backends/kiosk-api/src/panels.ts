import express from "express";
import { answerFailures } from "./lib/answer-failures";
import { store } from "./store";

declare function hasText(value: string | undefined): boolean;

const panels = express();
panels.use(express.json());

// expect: missing-auth -- the question about the wrapper is asked once, at the first route, though this one reads nothing
panels.post("/panels/status", answerFailures(async (req, res) => {
  res.send({ state: "ready", data: { paired: hasText(process.env.PANEL_PAIRING_KEY) } });
}));

// ok: missing-auth -- its wrapper's finding is the first route's
panels.post("/panels/open", answerFailures(async (req, res) => {
  res.send({ id: await store.save("panel", { screen: String(req.body.screen) }) });
}));

// ok: missing-auth -- its wrapper's finding is the first route's
panels.post("/panels/close", answerFailures(async (req, res) => {
  res.send({ id: await store.save("panel-closed", { screen: String(req.body.screen) }) });
}));

panels.listen(4200);

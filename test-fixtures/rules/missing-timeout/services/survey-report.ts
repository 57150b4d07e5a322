import express from "express";
import { loadAnswers } from "../packages/survey-widget/src";

const app = express();

app.get("/surveys/:id/report", async (req, res) => {
  const answers = await loadAnswers("https://surveys.internal", req.params.id);
  res.json({ answers });
});

export default app;

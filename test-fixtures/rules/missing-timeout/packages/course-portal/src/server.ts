// The portal's API: Express serves the catalog and each learner's enrolments.
import express from "express";
import { listCourses } from "./routes/public/catalog.js";
import { fetchEnrolments } from "./lib/requests";
import { lessonCount } from "./actions/progress";
import { assignVariant } from "./ab-testing/variant";

const app = express();
app.get("/courses", async (_req, res) => {
  res.json(await listCourses());
});
app.get("/learners/:id/enrolments", async (req, res) => {
  res.json({ enrolments: await fetchEnrolments(req.params.id), lessons: await lessonCount(), variant: await assignVariant(req.params.id) });
});

(async () => {
  // expect: missing-timeout
  const settings = await fetch("https://config.example.com/portal");
  app.locals.settings = await settings.json();
  app.listen(3000);
})();

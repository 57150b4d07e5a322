import express from "express";
import rateLimit from "express-rate-limit";
import * as answers from "./controllers/answers";
import { deleteSurvey, movedResults, openKiosk, recordAnswer, summarizeAnswers } from "./controllers/answers";

const app = express();
app.use(express.json());

const votesPerMinute = rateLimit({ windowMs: 60_000, limit: 20 });

// The handlers live in another module; what they do decides as it would in this file.
// ok: missing-auth -- an anonymous vote behind its own limiter, and the imported handler reads no identity
app.post("/votes", votesPerMinute, recordAnswer);

// expect: missing-auth
app.post("/summaries", votesPerMinute, summarizeAnswers);

// ok: missing-auth -- a capability URL: the imported handler reads the secret path parameter
app.post("/kiosk/:accessToken/open", openKiosk);

// ok: missing-auth -- the imported handler only redirects
app.post("/surveys/:surveyId/results-old", movedResults);

// expect: missing-auth
app.delete("/surveys/:surveyId", deleteSurvey);

// Through the namespace import, the same handler module.
// expect: missing-auth
app.post("/comments", answers.recordComment);

// The kiosk's staff sign in: the package has accounts, so the paid summary above could have asked for one.
function staffOnly(req: express.Request, res: express.Response, next: express.NextFunction) {
  if (!req.get("authorization")) return res.status(401).end();
  next();
}

// ok: missing-auth -- staffOnly refuses callers without a credential
app.post("/surveys", staffOnly, (_req, res) => res.status(201).end());

export default app;

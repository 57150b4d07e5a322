// The worker app has no tsconfig of its own: it imports the shared packages by their workspace names.
import express from "express";
import helmet from "helmet";
import { mustBeSignedIn } from "@acme/auth";

const app = express();
app.use(helmet());

// ok: missing-auth -- mustBeSignedIn comes from the @acme/auth workspace package
app.post("/jobs/retry", mustBeSignedIn, async (_req, res) => {
  await retryFailedJobs();
  res.sendStatus(202);
});

// expect: missing-graceful-shutdown
app.listen(4000);

async function retryFailedJobs(): Promise<void> {
  // Hands the failed jobs back to the queue.
}

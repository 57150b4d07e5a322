import express from "express";
import { armTimers, noteRendered } from "./timers";

const app = express();

async function renderReport(name: string): Promise<string> {
  return `<h1>${name}</h1>`;
}

async function connectDatabase(): Promise<void> {}

// A promise settles once: its callbacks run once, while the server starts.
connectDatabase()
  .then(async () => {
    armTimers(["cleanup", "digest"]);
    app.get("/reports/:name", (req, res) => {
      // Made per request, so its callback runs per request too.
      renderReport(req.params.name).then((html) => {
        noteRendered(req.params.name);
        res.send(html);
      });
    });
    app.listen(3000);
  })
  .catch(() => process.exit(1));

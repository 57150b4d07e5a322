import { createServer } from "node:http";
import { recordRun, startJobs } from "./schedule";

declare const app: { prepare(): Promise<void> };

app
  .prepare()
  .then(async () => {
    startJobs();
    createServer((request, response) => {
      recordRun(request.url ?? "");
      response.end("ok");
    }).listen(3000);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });

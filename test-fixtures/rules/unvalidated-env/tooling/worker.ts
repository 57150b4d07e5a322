import { defineConfig } from "./local-config";

export const queue = defineConfig({
  // expect: unvalidated-env
  concurrency: parseInt(process.env.JOB_CONCURRENCY),
});

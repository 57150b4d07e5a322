// Entry point of the headless CLI: the only file that touches `process`.
import { run } from "./run.js";

void run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env }).then((code) => {
  process.exitCode = code;
});

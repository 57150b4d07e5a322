// Entry point of the headless CLI: the only file that touches `process`.
import { exitCodes, run } from "./run.js";

const cwd = workingDirectory();
if (cwd === undefined) {
  process.stderr.write("harden: the working directory no longer exists; run harden from an existing directory\n");
  process.exitCode = exitCodes.failure;
} else {
  void run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd, env: process.env }).then((code) => {
    process.exitCode = code;
  });
}

/** Undefined when the directory was deleted (or cannot be read) after the shell entered it. */
function workingDirectory(): string | undefined {
  try {
    return process.cwd();
  } catch {
    return undefined;
  }
}

// One measured child process for the benchmarks: wall time from here, CPU and peak RSS of the whole process (all
// threads) from the rusage hook the child loads.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const rusageHook = path.join(import.meta.dirname, "rusage-report.cjs");

/** Runs `node <script> ...args`; resolves wall seconds, the rusage fields and the child's stdout. */
export function measure(script, scriptArgs, env = {}) {
  const usageFile = path.join(os.tmpdir(), `harden-bench-${process.pid}-${Date.now()}.json`);
  const startedAt = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--require", rusageHook, script, ...scriptArgs], {
      env: { ...process.env, HARDEN_BENCH_RUSAGE: usageFile, NO_COLOR: "1", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const wallSeconds = (performance.now() - startedAt) / 1000;
      if (code !== 0 && code !== 1) return reject(new Error(`${path.basename(script)} exited ${code}: ${stderr.split("\n")[0]}`));
      const usage = JSON.parse(fs.readFileSync(usageFile, "utf8"));
      fs.rmSync(usageFile, { force: true });
      resolve({ wallSeconds, ...usage, stdout });
    });
  });
}

// Preloaded into a benchmarked process (`node --require`): at exit, writes its CPU time and peak RSS (all threads)
// to the file named by HARDEN_BENCH_RUSAGE, so the runner measures harden and the floor the same way.
const fs = require("node:fs");

process.on("exit", () => {
  const usage = process.resourceUsage();
  const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  fs.writeFileSync(process.env.HARDEN_BENCH_RUSAGE, JSON.stringify({ cpuSeconds, peakRssMb: usage.maxRSS / 1024 }));
});

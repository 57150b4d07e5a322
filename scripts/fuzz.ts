// `npm run fuzz [-- --minutes N] [--seed S]`: the long fuzzing campaign over every fixture, with a random seed
// (printed, so a failure can be replayed). The campaign runs in a child process that a watchdog kills when a case
// hangs; the same properties as test/fuzz/fuzz.test.ts are checked (damaged files: the engine survives and `--fix`
// leaves them byte-identical), with many more cases.
import { fork } from "node:child_process";
import fc from "fast-check";
import { parseSource } from "../rules/engine/analyze.js";
import { loadCorpus } from "../test/fuzz/corpus.js";
import { applyMutations, applyStatementMutations, mutationsArbitrary, statementMutationsArbitrary } from "../test/fuzz/mutations.js";
import { checkBrokenFileUntouched, checkEngineSurvives, checkFixesSound, countParseErrors } from "../test/fuzz/properties.js";

interface CampaignOptions {
  minutes: number;
  seed: number;
}

type CampaignMessage =
  | { kind: "case"; label: string; seed: number }
  | { kind: "done"; engineCases: number; fixCases: number; fixesChecked: number; failures: string[] };

/** No message from the campaign for this long means a case hangs (generous: other work may share the machine). */
const hangAfterMs = 120_000;
const engineRunsPerBatch = 20;
const fixRunsPerBatch = 4;

function parseOptions(argv: readonly string[]): CampaignOptions {
  const valueOf = (flag: string): number | undefined => {
    const index = argv.indexOf(flag);
    if (index === -1) return undefined;
    const value = Number(argv[index + 1]);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${flag} needs a positive number`);
    return value;
  };
  return { minutes: valueOf("--minutes") ?? 10, seed: valueOf("--seed") ?? Math.floor(Math.random() * 2 ** 31) };
}

function runCampaign(options: CampaignOptions, send: (message: CampaignMessage) => void): void {
  const corpus = loadCorpus();
  const deadline = Date.now() + options.minutes * 60_000;
  const failures: string[] = [];
  let engineCases = 0;
  let fixCases = 0;
  let fixesChecked = 0;
  let batchSeed = options.seed;
  const record = (label: string, property: string, details: fc.RunDetails<unknown>): void => {
    if (!details.failed) return;
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    failures.push(`${label} (${property}, seed ${details.seed}): ${cause}\n    counterexample: ${JSON.stringify(details.counterexample)}`);
  };
  while (Date.now() < deadline) {
    for (const fixture of fc.sample(fc.shuffledSubarray(corpus, { minLength: corpus.length }), { seed: batchSeed, numRuns: 1 })[0]!) {
      if (Date.now() >= deadline) break;
      batchSeed = (batchSeed + 1) % 2 ** 31;
      send({ kind: "case", label: fixture.label, seed: batchSeed });
      const engine = fc.check(
        fc.property(mutationsArbitrary, (mutations) => {
          const text = applyMutations(fixture.text, mutations);
          checkEngineSurvives(fixture, text);
          checkBrokenFileUntouched(fixture, text);
        }),
        { seed: batchSeed, numRuns: engineRunsPerBatch },
      );
      engineCases += engine.numRuns;
      record(fixture.label, "engine", engine);
      if (countParseErrors(fixture.filePath, fixture.text) > 0) continue;
      const fixes = fc.check(
        fc.property(statementMutationsArbitrary, (mutations) => {
          const text = applyStatementMutations(parseSource(fixture.filePath, fixture.text), mutations, (t) => parseSource(fixture.filePath, t));
          fc.pre(countParseErrors(fixture.filePath, text) === 0);
          fixesChecked += checkFixesSound(fixture, text).fixesChecked;
        }),
        { seed: batchSeed, numRuns: fixRunsPerBatch },
      );
      fixCases += fixes.numRuns;
      record(fixture.label, "fixes", fixes);
    }
  }
  send({ kind: "done", engineCases, fixCases, fixesChecked, failures });
}

function superviseCampaign(options: CampaignOptions): void {
  console.log(`harden fuzz: seed ${options.seed}, ${options.minutes} minute(s); replay with --seed ${options.seed}`);
  const child = fork(__filename, ["--campaign", ...process.argv.slice(2), "--seed", String(options.seed)], { execArgv: process.execArgv });
  let lastCase: Extract<CampaignMessage, { kind: "case" }> | undefined;
  let watchdog = setTimeout(onHang, hangAfterMs);
  function onHang(): void {
    console.error(`harden fuzz: no progress for ${hangAfterMs / 1000} s on ${lastCase?.label ?? "startup"} (batch seed ${lastCase?.seed}): a hang`);
    child.kill("SIGKILL");
    process.exitCode = 1;
  }
  child.on("message", (message: CampaignMessage) => {
    clearTimeout(watchdog);
    if (message.kind === "case") {
      lastCase = message;
      watchdog = setTimeout(onHang, hangAfterMs);
      return;
    }
    console.log(`harden fuzz: ${message.engineCases} engine cases, ${message.fixCases} fix cases (${message.fixesChecked} fixes checked), ${message.failures.length} failure(s)`);
    for (const failure of message.failures) console.log(`  ✖ ${failure}`);
    process.exitCode = message.failures.length > 0 ? 1 : 0;
  });
  child.on("exit", (code) => {
    clearTimeout(watchdog);
    if (code !== 0 && process.exitCode === undefined) {
      console.error(`harden fuzz: the campaign exited with code ${code}`);
      process.exitCode = 1;
    }
  });
}

try {
  const argv = process.argv.slice(2);
  const options = parseOptions(argv.filter((arg) => arg !== "--campaign"));
  if (argv.includes("--campaign")) runCampaign(options, (message) => process.send!(message));
  else superviseCampaign(options);
} catch (error) {
  console.error(`harden fuzz: ${(error as Error).message}`);
  process.exitCode = 2;
}

// What the corpus scorers share: the cases a builder wrote into its corpus folder, and one `harden check` of that folder.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

const repository = path.resolve(import.meta.dirname, "..");
const cliPath = process.env.HARDEN_CLI ?? path.join(repository, "dist/cli.js");

/** The corpus's `cases.json`; `builder` names the script that writes it, for the error when it is missing. */
export function readCases(corpusDirectory, builder) {
  const casesFile = path.join(corpusDirectory, "cases.json");
  if (!fs.existsSync(casesFile)) throw new Error(`no corpus at ${corpusDirectory}: run node ${builder} first`);
  return JSON.parse(fs.readFileSync(casesFile, "utf8"));
}

/** The JSON report of `harden check` (dist/cli.js, or $HARDEN_CLI) run in the corpus folder. */
export function checkCorpus(corpusDirectory) {
  const run = spawnSync(process.execPath, [cliPath, "check", ".", "--format", "json"], { cwd: corpusDirectory, encoding: "utf8", maxBuffer: 1 << 28 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`harden exited ${run.status}: ${run.stderr.split("\n")[0]}`);
  return JSON.parse(run.stdout);
}

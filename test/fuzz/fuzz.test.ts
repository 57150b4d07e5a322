// Fixed-seed fuzzing in `npm test`: every fixture under test-fixtures/ is mutated at random (token-level damage for
// the engine and for `--fix` on broken files, statement-level edits that keep it parseable for the fixes). `npm run fuzz` runs the long campaign.
import * as path from "node:path";
import fc from "fast-check";
import { parseSource } from "../../rules/engine/analyze.js";
import { loadCorpus, type FixtureFile } from "./corpus.js";
import { applyMutations, applyStatementMutations, mutationsArbitrary, statementMutationsArbitrary } from "./mutations.js";
import { checkBrokenFileUntouched, checkEngineSurvives, checkFixesSound, countParseErrors, fixedSeed } from "./properties.js";

const engineRunsPerFile = 2;
const fixRunsPerFile = 1;

const corpus = loadCorpus();
const byProject = new Map<string, FixtureFile[]>();
for (const fixture of corpus) {
  const project = fixture.label.split(path.sep).slice(0, 2).join("/");
  byProject.set(project, [...(byProject.get(project) ?? []), fixture]);
}

describe("fuzz: the engine on damaged fixtures (fixed seed)", function () {
  this.timeout(300_000);
  for (const [project, fixtures] of byProject) {
    it(`${project}: never throws, crashes a rule or reports outside the file, and --fix leaves a broken file as it is`, () => {
      for (const fixture of fixtures) {
        fc.assert(
          fc.property(mutationsArbitrary, (mutations) => {
            const text = applyMutations(fixture.text, mutations);
            checkEngineSurvives(fixture, text);
            checkBrokenFileUntouched(fixture, text);
          }),
          { seed: fixedSeed, numRuns: engineRunsPerFile, endOnFailure: true },
        );
      }
    });
  }
});

describe("fuzz: fixes on edited but parseable fixtures (fixed seed)", function () {
  this.timeout(300_000);
  for (const [project, fixtures] of byProject) {
    it(`${project}: fixes stay in their region, parse, do not loop, and --fix is idempotent`, () => {
      for (const fixture of fixtures.filter((f) => countParseErrors(f.filePath, f.text) === 0)) {
        fc.assert(
          fc.property(statementMutationsArbitrary, (mutations) => {
            const text = applyStatementMutations(parseSource(fixture.filePath, fixture.text), mutations, (t) => parseSource(fixture.filePath, t));
            fc.pre(countParseErrors(fixture.filePath, text) === 0);
            checkFixesSound(fixture, text);
          }),
          { seed: fixedSeed, numRuns: fixRunsPerFile, endOnFailure: true },
        );
      }
    });
  }
});

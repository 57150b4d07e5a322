// The framework model as the facts the engine hands each rule: a file's summary and the project linked from all of
// them. The engine declares what it needs (rules/engine/types.ts); this file says the model supplies it, and gives
// rules the model's own types for `ctx.file` and `ctx.project`.
import type { FactsSupplier } from "../engine/types.js";
import { ProjectModel } from "./project-model.js";
import { summarizeFile } from "./summarize.js";
import type { FileSummary } from "./types.js";

declare module "../engine/types.js" {
  interface SuppliedFacts {
    file: FileSummary;
    project: ProjectModel;
  }
}

export const frameworkFacts: FactsSupplier = {
  summarize: summarizeFile,
  link: (files, settings) => new ProjectModel(files, settings),
};

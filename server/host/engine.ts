// Everything the CLI and its lint workers need from the engine (TypeScript's parser, the model, the rules), behind one
// module that is bundled on its own as dist/engine.js and loaded only on first use (see load-engine.ts).
export { ConfigError } from "../../rules/engine/config.js";
export { fixUntilStable, lintSources, routeReport, secretRangesOf, type ReportedRoute } from "../../rules/lint-project.js";
export { createFixVerifier } from "./fix-verifier.js";
export { registry } from "../../rules/index.js";
export { LintSession } from "./lint-session.js";
export { loadProjectConfig, resolveProjectConfig } from "./load-project.js";

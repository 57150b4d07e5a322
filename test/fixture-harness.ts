// Reads annotated fixture folders and compares the engine's findings with the annotations.
// `// expect: <id>[, <id>]` names findings on the next code line, `// todo-expect: <id>` a known gap that must
// stay absent, `// ok: <id> -- why` documents a negative. Each rule folder is linted as one project.
import * as fs from "node:fs";
import * as path from "node:path";
import { parseConfigText, resolveConfig, type ResolvedConfig } from "../rules/engine/config.js";
import type { AnyRule, ProjectSettings } from "../rules/engine/types.js";
import { discoverDeployments } from "../server/host/deployments.js";
import { findModuleAliasFiles } from "../server/host/module-alias-files.js";
import { discoverModuleAliases } from "../server/host/module-aliases.js";

export const sourceFilePattern = /\.(tsx?|mts|cts|jsx?|mjs|cjs)$/;
export const fixedSnapshotPattern = /\.fixed\.(tsx?|mts|cts|jsx?|mjs|cjs)$/;

export interface Expectation {
  filePath: string;
  /** 1-based line the finding must start on. */
  line: number;
  ruleId: string;
  kind: "expect" | "todo-expect";
}

/** Project settings with nothing configured, for model tests that link summaries by hand. */
export function bareSettings(root: string, overrides: Partial<ProjectSettings> = {}): ProjectSettings {
  return { root, authWrappers: [], validators: [], timeoutWrappers: [], testGlobs: [], sensitivePrefixes: [], ...overrides };
}

const annotation = /^\s*\/\/\s*(expect|todo-expect|ok):\s*([\w-]+(?:\s*,\s*[\w-]+)*)/;

export function listSourceFiles(directory: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) found.push(...listSourceFiles(full));
    else if (sourceFilePattern.test(entry.name) && !fixedSnapshotPattern.test(entry.name)) found.push(full);
  }
  return found.sort();
}

export function readExpectations(filePath: string, text: string): Expectation[] {
  const lines = text.split(/\r?\n/);
  const expectations: Expectation[] = [];
  lines.forEach((line, index) => {
    const match = annotation.exec(line);
    if (!match || match[1] === "ok") return;
    let target = index + 1;
    while (target < lines.length && annotation.test(lines[target]!)) target++;
    for (const ruleId of match[2]!.split(",").map((s) => s.trim())) {
      expectations.push({ filePath, line: target + 1, ruleId, kind: match[1] as Expectation["kind"] });
    }
  });
  return expectations;
}

export function loadFixtureConfig(directory: string, registry: readonly AnyRule[]): ResolvedConfig {
  const configPath = path.join(directory, "harden.config.json");
  const config = fs.existsSync(configPath) ? parseConfigText(fs.readFileSync(configPath, "utf8"), configPath) : {};
  const resolved = resolveConfig(config, registry, directory, configPath);
  // Deployment files beside a fixture package's package.json (vercel.json, Dockerfile) and what each package.json
  // declares are facts as in a real project.
  const files = findModuleAliasFiles(directory);
  const deployments = discoverDeployments(directory, files);
  const { packages } = discoverModuleAliases(directory, files);
  return { ...resolved, settings: { ...resolved.settings, ...(deployments.length > 0 ? { deployments } : {}), ...(packages.length > 0 ? { packages } : {}) } };
}

export function fixedSnapshotPath(filePath: string): string {
  return filePath.replace(/(\.[^.]+)$/, ".fixed$1");
}

// What the engine makes of a project's config file: the resolved config and the rules whose findings may quote a
// secret. Resolving needs the rules (their ids, defaults and option schemas), so with a cache it is reused while the
// config file's path and text are unchanged, and a run on unchanged files need not load the engine at all.
import type { ResolvedConfig } from "../../rules/engine/config.js";
import type { AnyRule } from "../../rules/engine/types.js";
import { loadEngine } from "./load-engine.js";
import { moduleAliasFilesKey } from "./module-alias-files.js";
import type { ProjectLocation } from "./project-location.js";
import { maxConfigBytes, readRegularText } from "./read-source.js";
import { configKeyOf, type SummaryCache } from "./summary-cache.js";

export interface ProjectSetup {
  config: ResolvedConfig;
  /** Rules whose flagged text may be a secret, for redacting reports. */
  secretRuleIds: string[];
}

/** Throws the engine's ConfigError (see `isConfigError`) naming `label` and the key path. */
export function loadProjectSetup(location: ProjectLocation, label: (filePath: string) => string, cache?: SummaryCache): ProjectSetup {
  const read = cache && location.configPath !== undefined ? readRegularText(location.configPath, maxConfigBytes) : undefined;
  // A config that cannot be read is the engine's to word as a ConfigError.
  if (!cache || (read && "problem" in read)) {
    const { loadProjectConfig, registry } = loadEngine();
    return { config: loadProjectConfig(location, registry, label), secretRuleIds: secretRuleIdsOf(registry) };
  }
  const text = read?.text;
  // The resolved config carries the module aliases of the project's tsconfig and package.json files, so they key it too.
  const configKey = `${configKeyOf(location.configPath, text)}:${moduleAliasFilesKey(location.root)}`;
  const known = cache.setup(configKey);
  if (known) return known;
  const { resolveProjectConfig, registry } = loadEngine();
  const setup = { config: resolveProjectConfig(location, text, registry, label), secretRuleIds: secretRuleIdsOf(registry) };
  cache.storeSetup(configKey, setup);
  return setup;
}

function secretRuleIdsOf(registry: readonly AnyRule[]): string[] {
  return registry.filter((rule) => rule.meta.flaggedTextIsSecret).map((rule) => rule.id);
}

// Loads a project's config for the engine: the config file resolved against the rule registry (defaults when there
// is none), with the module aliases its tsconfig and workspace files declare. Shared by the CLI and the language
// server; it never analyses anything.
import { ConfigError, parseConfigText, resolveConfig, type ResolvedConfig } from "../../rules/engine/config.js";
import type { AnyRule } from "../../rules/engine/types.js";
import { withModuleAliases } from "./module-aliases.js";
import type { ProjectLocation } from "./project-location.js";
import { maxConfigBytes, readRegularText } from "./read-source.js";

export { loadSources, type LoadedSources } from "./read-source.js";
export { isWithin } from "./source-files.js";

/** Reads and resolves the project's config (defaults when it has none); throws ConfigError naming `label` and the key path. */
export function loadProjectConfig(location: ProjectLocation, registry: readonly AnyRule[], label: (filePath: string) => string): ResolvedConfig {
  return withModuleAliases(loadConfigFile(location, registry, label));
}

/**
 * The config file alone, without what the project's other setup files declare (module aliases, packages, deployments:
 * see `withModuleAliases`, which walks the whole project for them); throws like `loadProjectConfig`.
 */
export function loadConfigFile(location: ProjectLocation, registry: readonly AnyRule[], label: (filePath: string) => string): ResolvedConfig {
  if (!location.configPath) return resolveConfigFile(location, undefined, registry, label);
  // A config is a few lines of JSON; a huge one (thousands of ignore globs) would exhaust memory compiling globs.
  const read = readRegularText(location.configPath, maxConfigBytes);
  if ("problem" in read) throw read.problem.startsWith("larger than") ? tooLarge(location.configPath, label) : new ConfigError(`${label(location.configPath)}: ${read.problem}`);
  return resolveConfigFile(location, read.text, registry, label);
}

/** Resolves `text`, the config file's content (undefined: the project has none); throws ConfigError like `loadProjectConfig`. */
export function resolveProjectConfig(
  location: ProjectLocation,
  text: string | undefined,
  registry: readonly AnyRule[],
  label: (filePath: string) => string,
): ResolvedConfig {
  return withModuleAliases(resolveConfigFile(location, text, registry, label));
}

/** `resolveProjectConfig` without the project's other setup files, as `loadConfigFile`. */
export function resolveConfigFile(location: ProjectLocation, text: string | undefined, registry: readonly AnyRule[], label: (filePath: string) => string): ResolvedConfig {
  if (!location.configPath || text === undefined) return resolveConfig({}, registry, location.root, "(defaults)");
  if (Buffer.byteLength(text) > maxConfigBytes) throw tooLarge(location.configPath, label);
  const fileLabel = label(location.configPath);
  return resolveConfig(parseConfigText(text, fileLabel, registry), registry, location.root, fileLabel);
}

function tooLarge(configPath: string, label: (filePath: string) => string): ConfigError {
  return new ConfigError(`${label(configPath)}: larger than 1 MB; a Harden config is a few lines of JSON`);
}

// Which engine computed a cache entry. The bundler defines HARDEN_ENGINE_BUILD as a hash of the rule and host
// sources, so a rebuilt CLI never reuses summaries or findings made by other rule code under the same version.
declare const HARDEN_ENGINE_BUILD: string | undefined;

export function engineIdentity(packageVersion: string): string {
  return `${packageVersion}+${typeof HARDEN_ENGINE_BUILD === "string" ? HARDEN_ENGINE_BUILD : "unbundled"}`;
}

// Where a project's packages deploy, from the files beside each package.json: vercel.json (Vercel), wrangler.toml or
// wrangler.json(c) (Cloudflare), netlify.toml (Netlify), a Dockerfile or fly.toml (a container the project runs
// itself). Only the presence of a regular file inside the project is checked: nothing is read or executed, and a
// symlink counts for nothing, so no link leads the check out of the project.
import * as fs from "node:fs";
import * as path from "node:path";
import type { DeploymentPlatform, PackageDeployment } from "../../rules/engine/types.js";
import { isWithin } from "./source-files.js";

export const deploymentFiles: ReadonlyMap<string, DeploymentPlatform> = new Map([
  ["vercel.json", "vercel"],
  ["wrangler.toml", "cloudflare"],
  ["wrangler.json", "cloudflare"],
  ["wrangler.jsonc", "cloudflare"],
  ["netlify.toml", "netlify"],
  ["Dockerfile", "container"],
  ["fly.toml", "container"],
]);

/** The platforms named beside each package.json of `projectFiles` (the listing of module-alias-files.ts), by package folder. */
export function discoverDeployments(root: string, projectFiles: readonly string[]): PackageDeployment[] {
  const deployments: PackageDeployment[] = [];
  for (const manifestPath of projectFiles) {
    if (path.basename(manifestPath) !== "package.json" || !isWithin(manifestPath, root)) continue;
    const packageRoot = path.dirname(manifestPath);
    const platforms = new Set<DeploymentPlatform>();
    for (const [name, platform] of deploymentFiles) if (isRegularFile(path.join(packageRoot, name))) platforms.add(platform);
    if (platforms.size > 0) deployments.push({ packageRoot, platforms: [...platforms].sort() });
  }
  return deployments;
}

function isRegularFile(filePath: string): boolean {
  try {
    return fs.lstatSync(filePath).isFile();
  } catch {
    return false;
  }
}

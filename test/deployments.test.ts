// Deployment facts from the files beside each package.json: only regular files inside the project count, and a
// package that names several platforms keeps all of them.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { discoverDeployments } from "../server/host/deployments.js";
import { findModuleAliasFiles, moduleAliasFilesKey } from "../server/host/module-alias-files.js";

describe("deployment discovery", () => {
  let root: string;
  let outside: string;

  beforeEach(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "harden-deploy-")));
    outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "harden-deploy-outside-")));
  });
  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  const writePackage = (folder: string, files: string[]): void => {
    fs.mkdirSync(path.join(root, folder), { recursive: true });
    fs.writeFileSync(path.join(root, folder, "package.json"), "{}");
    for (const name of files) fs.writeFileSync(path.join(root, folder, name), "");
  };

  it("names the platforms beside each package.json", () => {
    writePackage("apps/site", ["vercel.json"]);
    writePackage("apps/api", ["vercel.json", "Dockerfile"]);
    writePackage("apps/worker", ["wrangler.toml"]);
    writePackage("packages/lib", []);
    assert.deepEqual(discoverDeployments(root, findModuleAliasFiles(root)), [
      { packageRoot: path.join(root, "apps/api"), platforms: ["container", "vercel"] },
      { packageRoot: path.join(root, "apps/site"), platforms: ["vercel"] },
      { packageRoot: path.join(root, "apps/worker"), platforms: ["cloudflare"] },
    ]);
  });

  it("ignores a symlinked deployment file, even one leading out of the project", () => {
    writePackage("apps/site", []);
    fs.writeFileSync(path.join(outside, "vercel.json"), "{}");
    fs.symlinkSync(path.join(outside, "vercel.json"), path.join(root, "apps/site/vercel.json"));
    assert.deepEqual(discoverDeployments(root, findModuleAliasFiles(root)), []);
  });

  it("changes the cached config's key when a deployment file appears", () => {
    writePackage("apps/site", []);
    const before = moduleAliasFilesKey(root);
    fs.writeFileSync(path.join(root, "apps/site/vercel.json"), "{}");
    assert.notEqual(moduleAliasFilesKey(root), before);
  });
});

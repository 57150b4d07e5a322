// `npm run package`: builds harden.vsix from a staging folder holding only what the extension ships (bundles, config
// schema, README, licence, icon) and a manifest without npm's `files`/scripts/dependencies, which vsce would misread.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const root = path.resolve(__dirname, "..");
const entryBundles = ["extension.js", "server.js"];
const required = [...entryBundles.map((name) => `dist/${name}`), "client/harden.config.schema.json", "client/icon.png", "README.md", "LICENSE", ".vscodeignore"];
const npmOnlyKeys = ["files", "bin", "scripts", "dependencies", "devDependencies", "private"];

const missing = required.filter((file) => !fs.existsSync(path.join(root, file)));
if (missing.length > 0) {
  console.error(`package: missing ${missing.join(", ")} (run \`npm run build\` first)`);
  process.exit(2);
}

// A bundle that a shipped bundle loads beside itself (a lazily required engine, a worker) ships too: found by its file
// name quoted in the shipped code. The CLI's own bundles and the source maps do not ship.
const dist = path.join(root, "dist");
const bundles = fs.readdirSync(dist).filter((name) => name.endsWith(".js"));
const shippedBundles = new Set(entryBundles);
for (const shippedBundle of shippedBundles) {
  const code = fs.readFileSync(path.join(dist, shippedBundle), "utf8");
  for (const bundle of bundles) if (code.includes(`"./${bundle}"`) || code.includes(`"${bundle}"`)) shippedBundles.add(bundle);
}
// TypeScript's lib files, which the server's fix verifier type-checks against (server/host/fix-verifier.ts).
const libFiles = fs.readdirSync(path.join(dist, "typescript-lib")).map((name) => `dist/typescript-lib/${name}`);
// And the @types/node it checks a project against when the project declares but has not installed it.
const nodeTypeFiles = (fs.readdirSync(path.join(dist, "node-types"), { recursive: true, withFileTypes: true }) as fs.Dirent[])
  .filter((entry) => entry.isFile())
  .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
const shipped = [...new Set([...required, ...[...shippedBundles].map((name) => `dist/${name}`), ...libFiles, ...nodeTypeFiles])];

const staging = fs.mkdtempSync(path.join(os.tmpdir(), "harden-vsix-"));
try {
  for (const file of shipped) {
    fs.mkdirSync(path.dirname(path.join(staging, file)), { recursive: true });
    fs.copyFileSync(path.join(root, file), path.join(staging, file));
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  for (const key of npmOnlyKeys) delete manifest[key];
  fs.writeFileSync(path.join(staging, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  const vsce = path.join(root, "node_modules", ".bin", "vsce");
  const out = path.join(root, "harden.vsix");
  execFileSync(vsce, ["package", "--no-dependencies", "--allow-missing-repository", "--no-rewrite-relative-links", "--out", out], {
    cwd: staging,
    stdio: ["ignore", "inherit", "inherit"],
  });
} finally {
  fs.rmSync(staging, { recursive: true, force: true });
}

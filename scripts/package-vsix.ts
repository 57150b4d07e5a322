// `npm run package`: builds harden.vsix from a staging folder holding only what the extension ships (bundles, config
// schema, README, licence, icon) and a manifest without npm's `files`/scripts/dependencies, which vsce would misread.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const root = path.resolve(__dirname, "..");
const required = ["dist/extension.js", "dist/server.js", "client/harden.config.schema.json", "client/icon.png", "README.md", "LICENSE", ".vscodeignore"];
// Bundles the server loads beside itself (its lint workers) ship too; the CLI bundle and source maps do not.
const companionBundles = fs.existsSync(path.join(root, "dist"))
  ? fs.readdirSync(path.join(root, "dist")).filter((name) => name.endsWith(".js") && name !== "cli.js").map((name) => `dist/${name}`)
  : [];
const shipped = [...new Set([...required, ...companionBundles])];
const npmOnlyKeys = ["files", "bin", "scripts", "dependencies", "devDependencies", "private"];

const missing = required.filter((file) => !fs.existsSync(path.join(root, file)));
if (missing.length > 0) {
  console.error(`package: missing ${missing.join(", ")} (run \`npm run build\` first)`);
  process.exit(2);
}

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

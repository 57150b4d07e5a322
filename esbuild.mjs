// Bundles the headless CLI (dist/cli.js) and the VS Code extension (dist/extension.js, `vscode` is provided by the editor); the language server bundle joins this list.
import { build } from "esbuild";

const common = { bundle: true, platform: "node", target: "node20", format: "cjs", sourcemap: true, logLevel: "warning" };

await build({ ...common, entryPoints: ["server/cli/main.ts"], outfile: "dist/cli.js", banner: { js: "#!/usr/bin/env node" } });
await build({ ...common, entryPoints: ["client/extension.ts"], outfile: "dist/extension.js", external: ["vscode"] });
await build({ ...common, entryPoints: ["server/lsp/main.ts"], outfile: "dist/server.js" });

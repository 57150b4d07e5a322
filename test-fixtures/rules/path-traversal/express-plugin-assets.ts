import express from "express";
import path from "node:path";

// Files that installed plugins registered at start-up, as "<plugin>/<file>"; requests only read this list.
const registeredAssets: string[] = [];
const pluginRoot = path.join(__dirname, "plugins");

export function registerAsset(plugin: string, file: string): void {
  registeredAssets.push(`${plugin}/${file}`);
}

const app = express();

app.get("/plugin-assets/:plugin/:file", (req, res) => {
  const plugin = req.params.plugin;
  const file = req.params.file;
  if (!registeredAssets.includes(`${plugin}/${file}`)) return res.status(404).end();
  // ok: path-traversal -- the pair must be an entry of the list plugins registered, which no request writes
  return res.sendFile(path.join(pluginRoot, plugin, file));
});

app.get("/plugin-docs/:plugin/:file", (req, res) => {
  const plugin = req.params.plugin;
  const file = req.params.file;
  const requested = `${plugin}/${file}`;
  if (!requested.includes(plugin)) return res.status(404).end();
  // expect: path-traversal
  return res.sendFile(path.join(pluginRoot, plugin, file));
});

export default app;

// Loads the feature modules found in a folder at start-up and registers each by the key it declares. The registry
// holds one entry per module on disk.
import express from "express";
import { readdir } from "node:fs/promises";
import { join } from "node:path";

interface FeatureModule {
  key: string;
  enabledByDefault: boolean;
}

// ok: unbounded-cache -- filled by a loader that lists a folder and imports its modules; bounded by the files on disk
const features: Record<string, boolean> = {};

function registerFeature(feature: FeatureModule) {
  features[feature.key] = process.env[`FEATURE_${feature.key.toUpperCase()}`] === "1" || feature.enabledByDefault;
}

export async function loadFeatures(folder: string) {
  for (const entry of await readdir(folder)) {
    const loaded = (await import(join(folder, entry))) as { default?: FeatureModule };
    if (loaded.default) registerFeature(loaded.default);
  }
}

export function isEnabled(key: string): boolean {
  return features[key] ?? false;
}

// expect: unbounded-cache
const overrides: Record<string, boolean> = {};

// A request handler turns features on by the key the client sends.
export function overrideFeature(feature: FeatureModule, on: boolean) {
  overrides[feature.key] = on;
}

const app = express();

app.post("/features/:key", (req, res) => {
  overrideFeature({ key: req.params.key, enabledByDefault: false }, req.body.on === true);
  res.sendStatus(204);
});

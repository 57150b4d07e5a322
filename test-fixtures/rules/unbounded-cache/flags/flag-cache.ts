// A short-lived cache of flag values, keyed by flag key and default. The key type is a catalogue of flags another
// module declares, and the default's type follows from it: the keys are bounded by the code, not by requests.
import express from "express";
import type { z } from "zod";
import { FlagCatalog, type FlagKey } from "./catalog";

type FlagRequest<K extends FlagKey> = {
  key: K;
  defaultValue?: z.infer<(typeof FlagCatalog)[K]>;
};

// ok: unbounded-cache -- every part of the key has a closed type: a flag key and the default that flag allows
const flagValues = new Map<string, { value: unknown; expiresAt: number }>();

export async function cachedFlag<K extends FlagKey>(request: Omit<FlagRequest<K>, "defaultValue"> & { defaultValue: z.infer<(typeof FlagCatalog)[K]> }, load: () => Promise<unknown>) {
  const cacheKey = `${request.key}:${JSON.stringify(request.defaultValue)}`;
  const hit = flagValues.get(cacheKey);
  if (hit && hit.expiresAt > Date.now()) return hit.value;
  const value = await load();
  flagValues.set(cacheKey, { value, expiresAt: Date.now() + 30_000 });
  return value;
}

type SettingRequest = { scope: string; name: FlagKey };

// expect: unbounded-cache
const settingValues = new Map<string, unknown>();

// The scope is any string: one entry per tenant the client names.
export async function cachedSetting(request: SettingRequest, load: () => Promise<unknown>) {
  const cacheKey = `${request.scope}:${request.name}`;
  if (!settingValues.has(cacheKey)) settingValues.set(cacheKey, await load());
  return settingValues.get(cacheKey);
}

// expect: unbounded-cache
const perVariant = new Map<string, unknown>();

// An unconstrained type parameter ranges over every string: here, whatever variant the client asks for.
export function rememberVariant<V extends string>(options: { variant: V }, value: unknown) {
  perVariant.set(options.variant, value);
}

const app = express();

app.get("/tenants/:tenant/settings/:name", async (req, res) => {
  const value = await cachedSetting({ scope: req.params.tenant, name: req.params.name as FlagKey }, async () => null);
  rememberVariant({ variant: String(req.query.variant) }, value);
  res.json({ value });
});

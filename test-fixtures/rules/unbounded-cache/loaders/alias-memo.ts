// Resolves entity names to the module that owns them, memoised per name.
import express from "express";
import { moduleConfigs } from "./module-configs";

interface ModuleConfig {
  service: string;
  aliases: Array<{ name: string | string[] }>;
}

// ok: unbounded-cache -- a name is only memoised after it matched an alias of a loaded module: bounded by the aliases
const ownerByName = new Map<string, ModuleConfig>();

export function ownerOf(name: string): ModuleConfig | undefined {
  const known = ownerByName.get(name);
  if (known) return known;
  for (const config of moduleConfigs as ModuleConfig[]) {
    const alias = config.aliases.find((candidate) => (Array.isArray(candidate.name) ? candidate.name : [candidate.name]).some((aliasName) => aliasName === name));
    if (alias) {
      ownerByName.set(name, config);
      return config;
    }
  }
  return undefined;
}

const supportedLocales = ["en", "de", "fr"];

// ok: unbounded-cache -- unsupported locales return before the write, so only supported ones are kept
const collators = new Map<string, Intl.Collator>();

export function collatorFor(locale: string): Intl.Collator {
  if (!supportedLocales.includes(locale)) return new Intl.Collator("en");
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale);
    collators.set(locale, collator);
  }
  return collator;
}

// expect: unbounded-cache
const lookups = new Map<string, string | undefined>();

// Checking the memo itself bounds nothing: every new name is a miss and becomes an entry.
export function describe(name: string): string | undefined {
  if (!lookups.has(name)) lookups.set(name, (moduleConfigs as ModuleConfig[]).find((config) => config.service === name)?.service);
  return lookups.get(name);
}

const reportBuilders: Record<string, () => Promise<string>> = {
  monthly: async () => "monthly",
  yearly: async () => "yearly",
};

// ok: unbounded-cache -- a name missing from the builder table returns before the write: one entry per builder at most
const builtReports = new Map<string, string>();

export async function buildReport(name: string): Promise<string | undefined> {
  const cached = builtReports.get(name);
  if (cached) return cached;
  const builder = reportBuilders[name];
  if (!builder) return undefined;
  const report = await builder();
  builtReports.set(name, report);
  return report;
}

// expect: unbounded-cache
const reportsByOwner = new Map<string, string>();

// Looking the key up in the memo itself proves nothing: every new owner is a miss and becomes an entry.
export async function reportFor(owner: string): Promise<string> {
  const previous = reportsByOwner.get(owner);
  if (!previous) reportsByOwner.set(owner, `report of ${owner}`);
  return reportsByOwner.get(owner)!;
}

const app = express();

app.get("/owners/:owner/report", async (req, res) => {
  res.json({ service: describe(req.params.owner), report: await reportFor(req.params.owner) });
});

import express from "express";
import { Plan, type Region } from "./plans";
import type * as Billing from "./billing";

const labels = { en: "English", de: "Deutsch", fr: "Français" };

// ok: unbounded-cache -- memoised per locale, and the locale parameter's type is the closed set of known languages
const formatters = new Map<string, Intl.NumberFormat>();

export function formatterFor(language?: keyof typeof labels | null): Intl.NumberFormat {
  const tag = language ? language.replace("_", "-") : "en-US";
  let formatter = formatters.get(tag);
  if (!formatter) {
    formatter = new Intl.NumberFormat(tag);
    formatters.set(tag, formatter);
  }
  return formatter;
}

// ok: unbounded-cache -- keyed by an enum of another module
const plansSeen = new Set<Plan>();

export function notePlan(plan: Plan) {
  plansSeen.add(plan);
}

// ok: unbounded-cache -- keyed by a subset of a union of another module
const pricesByRegion = new Map<Exclude<Region, "global">, number>();

export function notePrice(region: Exclude<Region, "global">, price: number) {
  pricesByRegion.set(region, price);
}

// ok: unbounded-cache -- keyed by a type of an imported namespace
const tiers: Partial<Record<Billing.Tier, number>> = {};

export function noteTier(tier: Billing.Tier, amount: number) {
  tiers[tier] = amount;
}

// expect: unbounded-cache
const formattersByTag = new Map<string, Intl.NumberFormat>();

// The tag is whatever the client puts in the query string: each new one adds an entry.
export function formatterForTag(tag: string): Intl.NumberFormat {
  const key = tag.toLowerCase();
  let formatter = formattersByTag.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(key);
    formattersByTag.set(key, formatter);
  }
  return formatter;
}

const app = express();

app.get("/price", (req, res) => {
  res.send(formatterForTag(String(req.query.tag)).format(9.5));
});

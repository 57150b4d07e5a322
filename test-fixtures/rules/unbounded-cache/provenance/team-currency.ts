// Per-team lookups memoised in the process. A team id names a row: there is one entry for every team the process ever
// served, and nothing evicts them.
interface Db {
  query(sql: string, parameters: unknown[]): Promise<Array<{ currency: string }>>;
}

// expect: unbounded-cache
const currencyByTeam = new Map<string, { currency: string; at: number }>();

export async function teamCurrency(db: Db, teamId: string): Promise<string> {
  const hit = currencyByTeam.get(teamId);
  if (hit && hit.at > Date.now() - 60_000) return hit.currency;
  const [row] = await db.query("select currency from teams where id = $1", [teamId]);
  const currency = row?.currency ?? "USD";
  currencyByTeam.set(teamId, { currency, at: Date.now() });
  return currency;
}

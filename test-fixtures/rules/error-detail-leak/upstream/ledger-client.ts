// A client for the company's ledger service: every failure leaves as a LedgerError with text written here.
export class LedgerError extends Error {
  constructor(message: string, readonly status = 502) {
    super(message);
  }
}

const ledgerBase = process.env.LEDGER_URL ?? "https://ledger.example.com/";

async function askLedger(path: string, payload: unknown): Promise<unknown> {
  let reply: globalThis.Response;
  try {
    reply = await fetch(new URL(path, ledgerBase), { method: "POST", body: JSON.stringify(payload), signal: AbortSignal.timeout(5000) });
  } catch {
    throw new LedgerError("The ledger cannot be reached right now.");
  }
  if (!reply.ok) {
    const refusal = await reply.text();
    throw new LedgerError(`The ledger refused the request: ${refusal.slice(0, 200)}`, reply.status);
  }
  return reply.json();
}

export function balanceOf(accountId: string) {
  return askLedger("balance", { accountId });
}

export async function closeAccount(accountId: string) {
  if (!accountId) throw new LedgerError("Pick an account to close.", 400);
  await askLedger("close", { accountId });
}

// Passes the network failure's own text along: it names hosts and ports.
export async function reopenAccount(accountId: string) {
  try {
    return await fetch(new URL(`reopen/${accountId}`, ledgerBase), { method: "POST", signal: AbortSignal.timeout(5000) });
  } catch (problem) {
    throw new LedgerError(`Reopening failed: ${(problem as Error).message}`);
  }
}

// Waits on the network outside any try: the fetch failure itself reaches the caller.
export async function freezeAccount(accountId: string) {
  const reply = await fetch(new URL(`freeze/${accountId}`, ledgerBase), { method: "POST", signal: AbortSignal.timeout(5000) });
  if (!reply.ok) throw new LedgerError("The ledger did not freeze the account.");
}

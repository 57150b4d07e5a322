// Checks shared by the seat routes: every refusal is a sentence written for the caller.
class QuotaExceededError extends Error {
  status = 402;
}

function tierPermits(team: { tier: string }, seats: number): void {
  if (team.tier === "free" && seats > 3) throw new QuotaExceededError("The free tier has three seats; upgrade for more");
}

export function assertSeatChange(team: { tier: string }, before: number, after: number): void {
  if (after <= before) return;
  tierPermits(team, after);
}

export function seatsFromStore(raw: string): number {
  try {
    return Number(JSON.parse(raw).seats);
  } catch (cause) {
    // Passes on whatever the parser said, not a sentence of its own.
    throw cause;
  }
}

// Asking a bot-challenge service whether a solved challenge is genuine. The service takes the visitor's address as an
// optional hint next to the answer; the decision is the service's, made on the answer it issued.
const challengeEndpoint = "https://challenge.example.net/verify";

/** The address only rides along in the form posted to the service. */
export async function confirmChallenge(answer: string, visitorAddress?: string | null): Promise<boolean> {
  const form = new URLSearchParams();
  form.set("secret", process.env.CHALLENGE_SECRET ?? "");
  form.set("answer", answer);
  if (visitorAddress) form.set("visitor", visitorAddress);
  const reply = await fetch(challengeEndpoint, { method: "POST", body: form, signal: AbortSignal.timeout(5000) });
  return ((await reply.json()) as { passed?: boolean }).passed === true;
}

const blockedAddresses = new Set<string>();

/** Posts the address on too, but also refuses it here: the client's word decides. */
export async function confirmUnlessBlocked(answer: string, visitorAddress: string): Promise<boolean> {
  if (blockedAddresses.has(visitorAddress)) return false;
  const form = new URLSearchParams();
  form.set("answer", answer);
  form.append("visitor", visitorAddress);
  const reply = await fetch(challengeEndpoint, { method: "POST", body: form, signal: AbortSignal.timeout(5000) });
  return ((await reply.json()) as { passed?: boolean }).passed === true;
}

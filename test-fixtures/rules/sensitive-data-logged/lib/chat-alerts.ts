// Posting build alerts to a chat bot; failures are logged with enough of the bot credential to tell bots apart.
interface AlertTarget {
  botToken: string;
  channel: string;
}

function maskCredential(credential: string): string {
  const [botId, secretPart = ""] = credential.split(":", 2);
  if (!secretPart) return "masked";
  return `${botId}:${secretPart.length > 10 ? `${secretPart.slice(0, 3)}...${secretPart.slice(-3)}` : "****"}`;
}

function withoutPrefix(credential: string): string {
  return `${credential.slice(4)}`;
}

function echoCredential(credential: string): string {
  return `${credential.slice(0, 4)}:${credential}`;
}

export async function postAlert(target: AlertTarget, send: (token: string, text: string) => Promise<void>, text: string) {
  try {
    await send(target.botToken, text);
  } catch (error) {
    // ok: sensitive-data-logged -- the project's own function keeps only cut pieces of the token
    console.error("alert failed", { error, botToken: maskCredential(target.botToken), channel: target.channel });
    // expect: sensitive-data-logged
    console.error("alert failed", { error, botToken: withoutPrefix(target.botToken) });
    // expect: sensitive-data-logged
    console.error("alert failed", { error, botToken: echoCredential(target.botToken) });
  }
}

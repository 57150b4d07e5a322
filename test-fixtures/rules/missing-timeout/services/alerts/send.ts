const HOOK_URL = process.env.ALERT_HOOK_URL ?? "https://hooks.example.com/alerts";

export async function sendAlert(channel: string, text: string): Promise<void> {
  // expect: missing-timeout
  await fetch(HOOK_URL, { method: "POST", body: JSON.stringify({ channel, text }) });
}

// The first version, replaced by sendAlert: the package entry still passes it on, but no importer takes it.
export async function sendAlertUnbatched(channel: string, lines: string[]): Promise<void> {
  for (const text of lines) {
    // ok: missing-timeout -- re-exported by the entry under another name that no importer takes: never sent
    await fetch(HOOK_URL, { method: "POST", body: JSON.stringify({ channel, text }) });
  }
}

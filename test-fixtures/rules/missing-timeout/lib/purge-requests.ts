const PURGE_URL = process.env.PURGE_URL ?? "https://cdn.example.com/purge";

async function purgeOnce(path: string): Promise<void> {
  // ok: missing-timeout -- only the retry wrapper below calls this, and nothing calls the wrapper: never sent
  await fetch(`${PURGE_URL}?path=${encodeURIComponent(path)}`, { method: "POST" });
}

// A retrying variant nobody switched to: neither exported nor named anywhere else in the module.
async function purgeWithRetry(path: string, attempts = 3): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await purgeOnce(path);
    } catch (error) {
      if (attempt >= attempts) throw error;
    }
  }
}

async function warmOnce(path: string): Promise<void> {
  // expect: missing-timeout
  await fetch(`${PURGE_URL.replace("/purge", "")}${path}`);
}

export async function refreshPage(path: string): Promise<void> {
  await warmOnce(path);
}

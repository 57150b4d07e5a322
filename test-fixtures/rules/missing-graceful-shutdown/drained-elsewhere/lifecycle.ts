const hooks: Array<() => Promise<void>> = [];

export function onShutdown(hook: () => Promise<void>): void {
  hooks.push(hook);
}

async function runHooks(): Promise<void> {
  await Promise.allSettled(hooks.map((hook) => hook()));
  process.exit(0);
}

for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, runHooks);

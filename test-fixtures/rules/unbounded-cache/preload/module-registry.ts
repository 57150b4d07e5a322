// Modules a test runner cannot require are handed in up front by the test setup; production reads the disk.
// ok: unbounded-cache -- only the test setup imports the function that fills it, and this module never calls it
const preloadedModules = new Map<string, Record<string, unknown>>();

export function primeModules(folder: string, modules: Record<string, unknown>): void {
  preloadedModules.set(folder, modules);
}

export function modulesIn(folder: string): Record<string, unknown> | undefined {
  return preloadedModules.get(folder);
}

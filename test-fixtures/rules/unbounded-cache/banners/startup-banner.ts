// Lines printed under the start-up banner. Each feature module adds its own while Nest sets up its middleware, so the
// list holds one line per module, however many requests the server then serves.
// ok: unbounded-cache -- every importer adds its line from a Nest start-up hook, which runs once per application
const bannerLines: string[] = [];

export function addBannerLine(line: string): void {
  bannerLines.push(line);
}

export const bannerText = (): string => bannerLines.join("\n");

// expect: unbounded-cache
const recentVisits: string[] = [];

/** Called by a module's request middleware: one entry per request. */
export function noteVisit(path: string): void {
  recentVisits.push(path);
}

// Which files may hold a fact the model gathers from every file of a project, whatever imports what (an app-wide
// validation pipe or guard, an axios default timeout or base URL, a Fastify autoload, Nest app and middleware set-up, Next.js
// middleware, test-runner configs, an app builder that rate-limits every request), told from a file's name and text before anything is parsed: `harden check apps/api`
// reads what the targets reach plus these. A pre-test: it may admit a file holding no such fact, never miss one
// (test/project-wide-hints.test.ts holds it to the extractors' output on every fixture). Pure text: the host loads it
// without the engine.
import type { FileSummary } from "./types.js";

/** `middleware.ts`, and `proxy.ts`, its name from Next.js 16 on. */
export const nextMiddlewareFile = /(?:^|\/)(?:middleware|proxy)\.(?:ts|js|mts)$/;
/** Config files of test runners: `vitest.config.mts`, `vite.config.ts`, `jest.int.config.js`, `playwright.config.ts`, `vitest.workspace.ts`. */
export const testRunnerConfigFile = /^((vitest|vite|jest|playwright|cypress)([.-][\w-]+)*\.config|vitest\.(workspace|projects))\.[mc]?[jt]s$/;
/** Text every file reading the browser's cookie jar holds: js-cookie, cookies-next or `document.cookie` (see browser-cookie-reads.ts). */
export const browserCookieReadText = /js-cookie|cookies-next|document\.cookie/;
/** Text every project-wide fact of `holdsProjectWideFact` needs in its file. */
const projectWideFactText = /useGlobalPipes|APP_PIPE|APP_GUARD|useGlobalGuards|defaults\.(timeout|baseURL)|setGlobalDispatcher|autoload|NestFactory|Nest\w*Application|forRoutes|@ladjs\/(web|api)\b/;

/** Whether the file `fileName` (a path or base name) with `text` may hold a project-wide fact. */
export function mayHoldProjectWideFact(fileName: string, text: string): boolean {
  const baseName = fileName.slice(fileName.lastIndexOf("/") + 1);
  return nextMiddlewareFile.test(baseName) || testRunnerConfigFile.test(baseName) || projectWideFactText.test(text);
}

/** The summary facts the model reads from every file of the project rather than through imports. */
export function holdsProjectWideFact(summary: FileSummary): boolean {
  return (
    summary.globalGuards.length > 0 ||
    summary.hasGlobalValidationPipe ||
    summary.globalValidationPipeConverts === true ||
    (summary.globalTimeouts?.length ?? 0) > 0 ||
    (summary.globalBaseUrls?.length ?? 0) > 0 ||
    (summary.fastifyAutoloads?.length ?? 0) > 0 ||
    (summary.appConfig?.autoloadDirs?.length ?? 0) > 0 ||
    (summary.nestMiddlewareBindings?.length ?? 0) > 0 ||
    summary.nestApp !== undefined ||
    summary.nextMiddleware !== undefined ||
    summary.buildsRateLimitedApp === true ||
    summary.testRunnerGlobs !== undefined
  );
}

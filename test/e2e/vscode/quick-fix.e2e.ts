// Real VS Code (code-server) with the packaged harden.vsix installed, driven through Debian's Chromium: Harden's
// warning appears in the editor and the Problems panel, and its quick fix, applied from the keyboard, edits the file.
// Run by `npm run test:vscode` after `npm run package`; every wait is on an event or a selector, each with a timeout.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import missingTimeout from "../../../rules/missing-timeout.js";
import { ensureCodeServer, installExtension, startCodeServer, type RunningCodeServer } from "./code-server.js";

const root = path.resolve(__dirname, "../../..");
const vsix = path.join(root, "harden.vsix");
/** Screenshots of each step, kept for review after the run (ignored by git). */
const outputDirectory = path.join(root, "test-results", "vscode");
const fixtureWorkspace = path.join(root, "test-fixtures/workspaces/vscode-quick-fix");
const flaggedFile = "src/weather.ts";
/** Inside the flagged `fetch(...)` call (line:column), so the quick-fix request's range touches the diagnostic. */
const flaggedPosition = "5:28";
const chromiumArgs = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
/** Quiet start-up: no walkthroughs, no trust prompt, and the built-in TypeScript checks off so Harden's squiggle is alone. */
const userSettings = {
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "security.workspace.trust.enabled": false,
  "extensions.ignoreRecommendations": true,
  "telemetry.telemetryLevel": "off",
  "typescript.validate.enable": false,
  "javascript.validate.enable": false,
};

describe("VS Code (code-server) with harden.vsix", function () {
  let scratch: string;
  let workspace: string;
  let server: RunningCodeServer | undefined;
  let browser: BrowserContext | undefined;
  let page: Page;

  before(async function () {
    this.timeout(600_000);
    assert.ok(fs.existsSync(vsix), "harden.vsix is missing: run `npm run package` first");
    const binary = ensureCodeServer((line) => console.log(`      ${line}`));
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "harden-vscode-"));
    workspace = path.join(scratch, "workspace");
    fs.cpSync(fixtureWorkspace, workspace, { recursive: true });
    const profile = { userDataDir: path.join(scratch, "user-data"), extensionsDir: path.join(scratch, "extensions") };
    fs.mkdirSync(path.join(profile.userDataDir, "User"), { recursive: true });
    fs.writeFileSync(path.join(profile.userDataDir, "User", "settings.json"), JSON.stringify(userSettings, null, 2));
    installExtension(binary, profile, vsix);
    server = await startCodeServer(binary, profile, workspace, { XDG_CONFIG_HOME: path.join(scratch, "config") });
    browser = await chromium.launchPersistentContext(path.join(scratch, "chromium"), {
      executablePath: "/usr/bin/chromium",
      args: chromiumArgs,
      viewport: { width: 1400, height: 900 },
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator(".monaco-workbench").waitFor({ timeout: 120_000 });
    // The workbench frame shows before the folder is open: ready once the explorer lists the workspace's files.
    await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "src" }).first().waitFor({ timeout: 120_000 });
    fs.mkdirSync(outputDirectory, { recursive: true });
  });

  after(async function () {
    this.timeout(30_000);
    await browser?.close();
    server?.stop();
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  });

  it("shows Harden's missing-timeout warning in the editor and the Problems panel", async function () {
    this.timeout(120_000);
    await openFile(page, flaggedFile);
    await page.locator(".monaco-editor .squiggly-warning").first().waitFor({ timeout: 90_000 });
    await page.keyboard.press("Control+Shift+M");
    const row = page.locator(".markers-panel .monaco-list-row", { hasText: "has no timeout" });
    await row.first().waitFor({ timeout: 30_000 });
    assert.match((await row.first().innerText()).replace(/\s+/g, " "), /missing-timeout/);
    await screenshot(page, "problems");
  });

  it("applies the quick fix from the keyboard (Ctrl+. then Enter) and saves the fixed file", async function () {
    this.timeout(120_000);
    await goToPosition(page, flaggedPosition);
    await chooseQuickFix(page, missingTimeout.meta.fixTitle!);
    await page.keyboard.press("Control+S");
    const fixedCall = /fetch\(`\$\{weatherApi\}\/forecast\?city=\$\{encodeURIComponent\(city\)\}`, \{ signal: AbortSignal\.timeout\(\d[\d_]*\) \}\)/;
    const onDisk = await waitForFileText(path.join(workspace, flaggedFile), (text) => fixedCall.test(text), 30_000);
    assert.equal(onDisk.replace(fixedCall, "FIXED"), fs.readFileSync(path.join(fixtureWorkspace, flaggedFile), "utf8").replace(/fetch\(`[^`]*`\)/, "FIXED"));
    await page.locator(".monaco-editor .squiggly-warning").first().waitFor({ state: "detached", timeout: 30_000 });
    await screenshot(page, "fixed");
  });
});

async function screenshot(page: Page, step: string): Promise<void> {
  const shot = path.join(outputDirectory, `${step}.png`);
  await page.screenshot({ path: shot });
  console.log(`      screenshot: ${path.relative(root, shot)}`);
}

async function openFile(page: Page, relativePath: string): Promise<void> {
  await page.locator(".monaco-workbench").click({ position: { x: 700, y: 450 } });
  await page.keyboard.press("Control+P");
  await page.locator(".quick-input-widget input").waitFor({ timeout: 60_000 });
  await page.keyboard.type(relativePath);
  await page.locator(".quick-input-list .monaco-list-row", { hasText: path.basename(relativePath) }).first().waitFor({ timeout: 60_000 });
  await page.keyboard.press("Enter");
  await page.locator(`.tab.active[aria-label*="${path.basename(relativePath)}"]`).waitFor({ timeout: 60_000 });
}

async function goToPosition(page: Page, lineColumn: string): Promise<void> {
  await page.locator(".monaco-editor .view-lines").first().click();
  await page.keyboard.press("Control+G");
  await page.locator(".quick-input-widget input").waitFor({ timeout: 15_000 });
  await page.keyboard.type(lineColumn);
  await page.keyboard.press("Enter");
  await page.locator(".quick-input-widget").waitFor({ state: "hidden", timeout: 15_000 });
}

/**
 * Opens the quick-fix menu and runs the action titled `title`. Right after the cursor moves, the light-bulb request
 * can cancel the menu's ("No code actions available"); that message is dismissed and the request retried. Rows are chosen with the keyboard because a
 * click on a row does not land.
 */
async function chooseQuickFix(page: Page, title: string): Promise<void> {
  const menuRows = page.locator(".action-widget .monaco-list-row.action");
  const noActions = page.locator(".monaco-editor-overlaymessage", { hasText: "No code actions available" });
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press("Control+.");
    const outcome = await Promise.race([
      menuRows.first().waitFor({ timeout: 15_000 }).then(() => "menu" as const),
      noActions.first().waitFor({ timeout: 15_000 }).then(() => "none" as const),
    ]);
    if (outcome === "menu") break;
    if (attempt === 5) throw new Error("VS Code kept answering 'No code actions available'");
    await page.keyboard.press("Escape");
    await noActions.first().waitFor({ state: "hidden", timeout: 15_000 });
  }
  const titles = await menuRows.allInnerTexts();
  const index = titles.findIndex((text) => text.includes(title));
  assert.ok(index >= 0, `no quick fix titled "${title}" among: ${titles.join(" | ")}`);
  const focused = page.locator(".action-widget .monaco-list-row.action.focused");
  const focusedIndex = titles.indexOf(await focused.innerText());
  for (let step = focusedIndex; step < index; step++) await page.keyboard.press("ArrowDown");
  for (let step = focusedIndex; step > index; step--) await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await menuRows.first().waitFor({ state: "detached", timeout: 15_000 });
}

/**
 * Resolves with the file's text once `isDone` accepts it (checked now and on every fs.watch event: an editor's save
 * may truncate before it writes), or rejects after `timeoutMs` showing the last text seen.
 */
function waitForFileText(file: string, isDone: (text: string) => boolean, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let last = "";
    const check = () => {
      last = fs.readFileSync(file, "utf8");
      if (isDone(last)) finish(() => resolve(last));
    };
    const watcher = fs.watch(path.dirname(file), check);
    const timer = setTimeout(() => finish(() => reject(new Error(`${file} did not reach the expected text within ${timeoutMs} ms:\n${last}`))), timeoutMs);
    function finish(settle: () => void) {
      clearTimeout(timer);
      watcher.close();
      settle();
    }
    check();
  });
}

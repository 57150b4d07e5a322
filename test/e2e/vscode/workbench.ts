// Drives the VS Code workbench that code-server serves, through Debian's Chromium: open a file, move the cursor, pick a
// quick fix or a palette command, read the Problems panel and the status bar. Every step waits on a selector or an
// event with a timeout, never on a fixed delay, so a loaded machine is slower but not flakier.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Page } from "playwright-core";

export const chromiumArgs = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Saves one screenshot per step into `directory`, named in order, and logs where. */
export class Screenshots {
  private step = 0;
  constructor(private readonly directory: string) {
    fs.rmSync(directory, { recursive: true, force: true });
    fs.mkdirSync(directory, { recursive: true });
  }

  async take(page: Page, name: string): Promise<void> {
    const shot = path.join(this.directory, `${String(++this.step).padStart(2, "0")}-${name}.png`);
    await page.screenshot({ path: shot });
    console.log(`      screenshot: ${path.relative(process.cwd(), shot)}`);
  }
}

/** Opens a file by Quick Open (Ctrl+P), or by its tab when it is open already, and waits for its editor's focus. */
export async function openFile(page: Page, relativePath: string): Promise<void> {
  const tab = page.locator(`.tab[aria-label*="${path.basename(relativePath)}"]`);
  if ((await tab.count()) > 0) {
    await tab.first().click();
    await page.locator(`.tab.active[aria-label*="${path.basename(relativePath)}"]`).waitFor({ timeout: 60_000 });
    await page.locator(".editor-group-container.active .monaco-editor .view-lines").first().click();
    await page.locator(".monaco-editor.focused").waitFor({ timeout: 30_000 });
    return;
  }
  await page.locator(".monaco-workbench .part.editor").click({ position: { x: 300, y: 300 } });
  await page.keyboard.press("Escape");
  await page.keyboard.press("Control+P");
  await page.locator(".quick-input-widget input").waitFor({ timeout: 60_000 });
  await page.keyboard.type(relativePath);
  await page.locator(".quick-input-list .monaco-list-row", { hasText: path.basename(relativePath) }).first().waitFor({ timeout: 60_000 });
  await page.keyboard.press("Enter");
  await page.locator(`.tab.active[aria-label*="${path.basename(relativePath)}"]`).waitFor({ timeout: 60_000 });
  await page.locator(".monaco-editor.focused").waitFor({ timeout: 30_000 });
}

/** Runs a palette command by its title ("Harden: Analyze Workspace"). */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press("Escape");
  await page.keyboard.press("Control+Shift+P");
  await page.locator(".quick-input-widget input").waitFor({ timeout: 60_000 });
  await page.keyboard.type(title);
  await page.locator(".quick-input-list .monaco-list-row", { hasText: title }).first().waitFor({ timeout: 60_000 });
  await page.keyboard.press("Enter");
  await page.locator(".quick-input-widget").waitFor({ state: "hidden", timeout: 30_000 });
}

export async function goToPosition(page: Page, lineColumn: string): Promise<void> {
  await page.locator(".monaco-editor .view-lines").first().click();
  await page.keyboard.press("Control+G");
  await page.locator(".quick-input-widget input").waitFor({ timeout: 30_000 });
  await page.keyboard.type(lineColumn);
  await page.keyboard.press("Enter");
  await page.locator(".quick-input-widget").waitFor({ state: "hidden", timeout: 30_000 });
  const [line, column] = lineColumn.split(":");
  await page.locator("#status\\.editor\\.selection", { hasText: `Ln ${line}, Col ${column}` }).waitFor({ timeout: 30_000 });
}

/**
 * Opens the quick-fix menu and returns its rows' titles. Right after the cursor moves, the light-bulb request can
 * cancel the menu's ("No code actions available"); that message is dismissed and the request retried, so an empty
 * list means every attempt found none.
 */
export async function openQuickFixMenu(page: Page, { attempts = 5 } = {}): Promise<string[]> {
  const menuRows = page.locator(".action-widget .monaco-list-row.action");
  const noActions = page.locator(".monaco-editor-overlaymessage", { hasText: "No code actions available" });
  for (let attempt = 1; attempt <= attempts; attempt++) {
    await page.keyboard.press("Control+.");
    const outcome = await Promise.race([
      menuRows.first().waitFor({ timeout: 30_000 }).then(() => "menu" as const),
      noActions.first().waitFor({ timeout: 30_000 }).then(() => "none" as const),
    ]);
    if (outcome === "menu") return menuRows.allInnerTexts();
    await page.keyboard.press("Escape");
    await noActions.first().waitFor({ state: "hidden", timeout: 15_000 });
  }
  return [];
}

/** Runs the quick fix whose title contains `title`, chosen with the keyboard because a click on a row does not land. */
export async function chooseQuickFix(page: Page, title: string): Promise<void> {
  const titles = await openQuickFixMenu(page);
  const index = titles.findIndex((text) => text.includes(title));
  assert.ok(index >= 0, `no quick fix titled "${title}" among: ${titles.join(" | ")}`);
  const focused = page.locator(".action-widget .monaco-list-row.action.focused");
  const focusedIndex = titles.indexOf(await focused.innerText());
  for (let step = focusedIndex; step < index; step++) await page.keyboard.press("ArrowDown");
  for (let step = focusedIndex; step > index; step--) await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await page.locator(".action-widget .monaco-list-row.action").first().waitFor({ state: "detached", timeout: 30_000 });
}

/** The Problems panel (opened if needed): its rows that name `text`. */
export async function problemRows(page: Page, text: string) {
  if (!(await page.locator(".markers-panel").isVisible())) await page.keyboard.press("Control+Shift+M");
  await page.locator(".markers-panel").waitFor({ timeout: 30_000 });
  return page.locator(".markers-panel .monaco-list-row", { hasText: text });
}

/** Errors + warnings + infos as the status bar's problems item counts them ("Errors: 1, Warnings: 311"). */
export async function problemsCount(page: Page): Promise<number> {
  const label = (await page.locator("#status\\.problems").getAttribute("aria-label")) ?? "";
  return [...label.matchAll(/(\d+)/g)].reduce((total, match) => total + Number(match[1]), 0);
}

/**
 * Resolves with the file's text once `isDone` accepts it (checked now and on every fs.watch event under its nearest
 * existing folder: an editor's save may truncate before it writes, and a created file's folder may not exist yet), or
 * rejects after `timeoutMs`.
 */
export function waitForFileText(file: string, isDone: (text: string) => boolean, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let last: string | undefined;
    const check = () => {
      last = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
      if (last !== undefined && isDone(last)) finish(() => resolve(last!));
    };
    let watched = path.dirname(file);
    while (!fs.existsSync(watched)) watched = path.dirname(watched);
    const watcher = fs.watch(watched, { recursive: true }, check);
    const timer = setTimeout(() => finish(() => reject(new Error(`${file} did not reach the expected text within ${timeoutMs} ms:\n${last ?? "(missing)"}`))), timeoutMs);
    function finish(settle: () => void) {
      clearTimeout(timer);
      watcher.close();
      settle();
    }
    check();
  });
}

// `harden routes --format html` on the routes-report workspace (Express, Fastify and Hono routes, one path written as
// markup, one handler holding a live key): the page is self-contained and escapes every project value, and Debian's
// headless Chromium shows the rows, filters them and draws one bar per framework. The screenshot lands in
// test-output/ (git-ignored). Without /usr/bin/chromium the browser tests skip, except under CI=true.
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";

const repoRoot = path.resolve(__dirname, "..");
const cliPath = path.join(repoRoot, "dist/cli.js");
const workspace = path.join(repoRoot, "test-fixtures/workspaces/routes-report");
const outputDirectory = path.join(repoRoot, "test-output");
const chromiumPath = "/usr/bin/chromium";
const chromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const markupPath = `/search/<script>document.title='pwned'</script><img src=x onerror="document.body.dataset.pwned='yes'">`;
const liveKey = "sk_live_9fJ2kQ7xTm4Lp8Wz3RvB6nYc";
/** `METHOD path file:line` of every route, in the report's order (by file, then line). */
const expectedRows = [
  "POST /products src/catalog.ts:7",
  "PUT /products/:id/price src/catalog.ts:13",
  "POST /subscribe src/edge.ts:8",
  "GET /health src/shop.ts:9",
  `GET ${markupPath} src/shop.ts:13`,
  "POST /orders src/shop.ts:18",
  "GET /orders/:id src/shop.ts:22",
  "POST /uploads src/shop.ts:27",
];

function writeHtmlReport(outputFile: string): string {
  assert.ok(fs.existsSync(cliPath), "dist/cli.js is missing: run npm run build");
  const run = spawnSync(process.execPath, [cliPath, "routes", ".", "--format", "html", "--output", outputFile], { cwd: workspace, encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, "", "with --output the report goes only to the file");
  return fs.readFileSync(outputFile, "utf8");
}

describe("harden routes --format html", function () {
  this.timeout(180_000);
  let scratch: string;
  let reportFile: string;
  let html: string;

  before(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "harden-routes-html-"));
    reportFile = path.join(scratch, "nested", "routes.html");
    html = writeHtmlReport(reportFile);
  });
  after(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it("writes the same page to stdout as to --output", () => {
    const run = spawnSync(process.execPath, [cliPath, "routes", ".", "--format", "html"], { cwd: workspace, encoding: "utf8" });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, html);
  });

  it("is one self-contained file: no external resource, a policy that allows no network, one script and one style", () => {
    assert.doesNotMatch(html, /<[a-z][^>]*\s(?:src|href|action|xlink:href)\s*=/i, "no element loads anything");
    assert.doesNotMatch(html, /url\(|@import|https?:\/\/(?!www\.w3\.org\/2000\/svg")/i);
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1]?.replace(/&#39;/g, "'");
    assert.match(policy ?? "", /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; script-src 'sha256-[A-Za-z0-9+/=]+'; base-uri 'none'; form-action 'none'$/);
    assert.equal(html.match(/<script\b/g)?.length, 1);
    assert.equal(html.match(/<style\b/g)?.length, 1);
  });

  it("escapes every value from the project and never shows a secret value", () => {
    assert.ok(!html.includes("<script>document.title"), "the markup path is not written as markup");
    assert.ok(!html.includes("<img"), "no element comes from the project");
    assert.ok(html.includes("/search/&#60;script&#62;document.title=&#39;pwned&#39;&#60;/script&#62;&#60;img src=x onerror=&#34;"));
    assert.ok(!html.includes(liveKey) && !html.includes(liveKey.slice(8)), "the key's value is absent");
    assert.match(html, /sk_l…\[redacted, 32 chars\]/, "its finding is shown redacted");
  });

  describe("in headless Chromium", function () {
    let browser: Browser | undefined;
    let page: Page;
    const problems: string[] = [];
    const requests: string[] = [];

    before(async function () {
      if (!fs.existsSync(chromiumPath)) {
        if (process.env.CI === "true") throw new Error(`${chromiumPath} is missing (apt-get install -y chromium); the HTML report test cannot be skipped under CI=true`);
        console.log(`      skipped: ${chromiumPath} is not installed (apt-get install -y chromium)`);
        this.skip();
      }
      fs.mkdirSync(outputDirectory, { recursive: true });
      browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true, timeout: 60_000 });
      page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
      page.on("console", (message) => {
        if (message.type() === "error" || message.type() === "warning") problems.push(`console ${message.type()}: ${message.text()}`);
      });
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      page.on("request", (request) => requests.push(request.url()));
      await page.goto(pathToFileURL(reportFile).href, { waitUntil: "load", timeout: 30_000 });
      await page.locator("#shown").getByText("8 of 8 routes shown").waitFor({ timeout: 15_000 });
    });
    after(async () => {
      await browser?.close();
    });

    const visibleRows = (): Promise<string[]> =>
      page.locator("#routes tbody tr:not([hidden])").evaluateAll((rows) =>
        rows.map((row) => ["method", "path", "location"].map((column) => row.querySelector(`td.${column}`)!.textContent!.trim()).join(" ")),
      );
    /** Waits until the counter shows `count` rows, then returns the visible rows. */
    const afterFiltering = async (count: number): Promise<string[]> => {
      await page.locator("#shown").getByText(`${count} of 8 routes shown`, { exact: true }).waitFor({ timeout: 10_000 });
      return visibleRows();
    };

    it("shows every route with its guards, where each is defined, and the findings on it; the markup path stays text", async () => {
      assert.deepEqual(await visibleRows(), expectedRows);
      const orders = page.locator("#routes tbody tr", { hasText: "src/shop.ts:18" });
      assert.equal((await orders.locator("td.auth").innerText()).trim(), "requireApiKey defined in src/session.ts");
      assert.equal((await orders.locator("td.validation").innerText()).trim(), "missing");
      assert.equal((await orders.locator("td.bodyLimit").innerText()).trim(), "100 KB (express.json)");
      const price = page.locator("#routes tbody tr", { hasText: "src/catalog.ts:13" });
      assert.match(await price.locator("td.findings").innerText(), /hardcoded-secret line 14 `pricingKey` holds a Stripe live secret key \(sk_l…\[redacted, 32 chars\]\)/);
      assert.equal(await page.title(), "Harden route inventory", "the path's script did not run");
      assert.equal(await page.evaluate(() => document.body.dataset.pwned), undefined, "the path's onerror did not run");
      assert.equal(await page.locator("img").count(), 0);
      assert.equal(await page.locator("script").count(), 1);
    });

    it("draws one bar per framework, sized by its routes", async () => {
      const bars = await page.locator("#chart .bar").evaluateAll((groups) =>
        groups.map((group) => `${(group as SVGGElement).dataset.framework} ${group.querySelector("rect.total")!.getAttribute("width")} ${group.getAttribute("aria-label")}`),
      );
      assert.deepEqual(bars, [
        "express 420 express: 5 routes, 3 authenticated, 5 without validation",
        "fastify 168 fastify: 2 routes, 0 authenticated, 1 without validation",
        "hono 84 hono: 1 route, 0 authenticated, 0 without validation",
      ]);
      const box = await page.locator("#chart svg").boundingBox();
      assert.ok(box && box.width > 0 && box.height > 0, "the chart is drawn");
    });

    it("hides rows with the text filter and the toggles, and a bar click keeps only its framework", async () => {
      await page.locator("#filter-text").fill("orders");
      assert.deepEqual(await afterFiltering(2), ["POST /orders src/shop.ts:18", "GET /orders/:id src/shop.ts:22"]);
      await page.locator("#filter-text").fill("requireapikey");
      assert.equal((await afterFiltering(3)).length, 3, "the filter also matches guard names, case-insensitively");
      await page.locator("#filter-text").fill("");
      await page.locator("#only-unauthenticated").check();
      assert.deepEqual(await afterFiltering(5), expectedRows.filter((row) => !/ \/(orders|uploads)/.test(row)));
      await page.locator("#only-unvalidated").check();
      assert.deepEqual(await afterFiltering(3), ["PUT /products/:id/price src/catalog.ts:13", "GET /health src/shop.ts:9", `GET ${markupPath} src/shop.ts:13`]);
      await page.locator('input[name=framework][value="express"]').uncheck();
      assert.deepEqual(await afterFiltering(1), ["PUT /products/:id/price src/catalog.ts:13"]);
      await page.screenshot({ path: path.join(outputDirectory, "routes-report-filtered.png"), fullPage: true });
      await page.locator("#only-unauthenticated").uncheck();
      await page.locator("#only-unvalidated").uncheck();
      await page.locator('#chart .bar[data-framework="hono"]').click();
      assert.deepEqual(await afterFiltering(1), ["POST /subscribe src/edge.ts:8"]);
      await page.locator('input[name=framework][value="express"]').check();
      await page.locator('input[name=framework][value="fastify"]').check();
      assert.deepEqual(await afterFiltering(8), expectedRows);
    });

    it("loads nothing but the file and reports no error, and leaves a screenshot in test-output/", async () => {
      const shot = path.join(outputDirectory, "routes-report.png");
      await page.screenshot({ path: shot, fullPage: true });
      assert.ok(fs.statSync(shot).size > 10_000, "the screenshot has content");
      console.log(`      screenshot: ${path.relative(repoRoot, shot)}`);
      assert.deepEqual(requests, [pathToFileURL(reportFile).href]);
      assert.deepEqual(problems, []);
    });
  });
});

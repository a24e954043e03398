import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildSchema } from "graphql";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHttpServer, type RunningHttpServer } from "../src/api/http-server.ts";
import { defaultApiSettings } from "../src/config.ts";
import { projectRoot } from "../src/paths.ts";
import { testDriver } from "./helpers/db.ts";
import { loadSeed, removeSeed } from "./helpers/seed-data.ts";

// Debian's chromium (apt-get install chromium; .ci/run installs it). Never a downloaded browser.
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const { driver, database, db } = testDriver();
let server: RunningHttpServer;
let browser: Browser;

beforeAll(async () => {
  await loadSeed(db);
  // As in production and the container: introspection is off, and the playground carries the schema.
  const api = { ...defaultApiSettings, introspection: false, production: true };
  server = await startHttpServer({ db, host: "127.0.0.1", port: 0, api });
  if (existsSync(chromiumPath)) {
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  }
});
afterAll(async () => {
  await browser?.close();
  await server.stop();
  await removeSeed(driver, database);
  await driver.close();
});

describe.skipIf(!existsSync(chromiumPath))(`the playground in headless Chromium (${chromiumPath})`, () => {
  it("loads with every other host unreachable, runs the seed question, and shows Docs with introspection off", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const own = new URL(server.url).host;
    const elsewhere: string[] = [];
    const introspections: string[] = [];
    await page.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (route.request().postData()?.includes("__schema")) introspections.push(route.request().postData()!);
      if (url.host === own || url.protocol === "data:" || url.protocol === "blob:") return route.continue();
      elsewhere.push(url.href);
      return route.abort();
    });
    const failures: string[] = [];
    page.on("pageerror", (error) => failures.push(error.message));

    await page.goto(`${server.url}/`);
    await page.locator(".graphiql-container").waitFor({ timeout: 30_000 });
    // The editor loads its example after the page: run only once it shows.
    await page.waitForFunction(
      () => document.querySelector(".graphiql-query-editor .view-lines")?.textContent?.includes("convictionTally"),
      undefined,
      { timeout: 30_000 },
    );
    await page.locator(".graphiql-execute-button").click();
    await page
      .waitForFunction(() => document.body.innerText.includes('"convictionsInWindow"'), undefined, { timeout: 30_000 })
      .catch(async (error: unknown) => {
        throw new Error(`No result shown. The page reads:\n${(await page.innerText("body")).slice(0, 2000)}`, { cause: error });
      });
    const screenshot = path.join(tmpdir(), "playground.png");
    await page.screenshot({ path: screenshot });

    expect(await page.title()).toBe("Provenance graph · GraphQL playground");
    expect(await page.locator(".graphiql-tab").count()).toBe(4);
    expect(elsewhere).toEqual([]);
    expect(failures).toEqual([]);

    // Docs read the schema built into the page, the same schema.graphql the server reads.
    const tallyDescription = buildSchema(readFileSync(path.join(projectRoot, "schema.graphql"), "utf8")).getQueryType()!.getFields().convictionTally!.description!;
    await page.getByLabel("Show Documentation Explorer").click();
    const docs = page.locator(".graphiql-doc-explorer");
    try {
      await docs.getByRole("link", { name: "Query", exact: true }).click({ timeout: 10_000 });
      await docs.getByText("convictionTally", { exact: true }).first().click({ timeout: 10_000 });
      await page.waitForFunction(
        (text) => document.querySelector(".graphiql-doc-explorer")?.textContent?.includes(text),
        tallyDescription.split("\n")[0]!,
        { timeout: 10_000 },
      );
    } catch (error) {
      const shown = await docs.innerText().catch(() => "(no Docs panel)");
      throw new Error(`Docs do not show convictionTally as schema.graphql describes it (after changing it, run \`npm run build:playground\`). Docs read:\n${shown}`, { cause: error });
    }
    expect(introspections).toEqual([]);
  });
});

import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildSchema } from "graphql";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHttpServer, type RunningHttpServer } from "../src/api/http-server.ts";
import { defaultApiSettings, type ApiSettings } from "../src/config.ts";
import { projectRoot } from "../src/paths.ts";
import { testDriver } from "./helpers/db.ts";
import { loadSeed, removeSeed } from "./helpers/seed-data.ts";

// Debian's chromium (apt-get install chromium; .ci/run installs it). Never a downloaded browser.
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const { driver, database, db } = testDriver();
const settings: Record<string, ApiSettings> = {
  // The development default: GraphiQL reads the schema by introspection, as any client would.
  "introspection on": { ...defaultApiSettings, introspection: true, production: false },
  // As in production and the container: introspection is off, and the playground carries the schema.
  "introspection off (production)": { ...defaultApiSettings, introspection: false, production: true },
};
const servers: Record<string, RunningHttpServer> = {};
let browser: Browser;

beforeAll(async () => {
  await loadSeed(db);
  for (const [name, api] of Object.entries(settings)) servers[name] = await startHttpServer({ db, host: "127.0.0.1", port: 0, api });
  if (existsSync(chromiumPath)) {
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  }
});
afterAll(async () => {
  await browser?.close();
  for (const server of Object.values(servers)) await server.stop();
  await removeSeed(driver, database);
  await driver.close();
});

const queryFields = ["convictionTally", "convictions", "search", "provenance", "releaseCandidates"];
const tallyDescription = buildSchema(readFileSync(path.join(projectRoot, "schema.graphql"), "utf8")).getQueryType()!.getFields().convictionTally!.description!;

describe.skipIf(!existsSync(chromiumPath))(`the playground in headless Chromium (${chromiumPath})`, () => {
  it.each(Object.keys(settings))("with %s: loads with every other host unreachable, runs the seed question, shows Docs and completes a field", async (name) => {
    const server = servers[name]!;
    const introspectionOn = settings[name]!.introspection;
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const own = new URL(server.url).host;
    const elsewhere: string[] = [];
    await page.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (url.host === own || url.protocol === "data:" || url.protocol === "blob:") return route.continue();
      elsewhere.push(url.href);
      return route.abort();
    });
    // What each introspection query GraphiQL sends is answered with: the schema, or the errors.
    const introspections: Promise<string>[] = [];
    page.on("response", (response) => {
      if (!response.request().postData()?.includes("__schema")) return;
      introspections.push(
        response.json().then((body: { data?: { __schema?: unknown }; errors?: { message: string }[] }) =>
          body.data?.__schema !== undefined && body.errors === undefined ? "the schema" : JSON.stringify(body.errors),
        ),
      );
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
    await page.screenshot({ path: path.join(tmpdir(), `playground-${introspectionOn ? "introspection" : "production"}.png`) });

    expect(await page.title()).toBe("Provenance graph · GraphQL playground");
    expect(await page.locator(".graphiql-tab").count()).toBe(4);

    await expectDocsListQueryFields(page, introspections);
    await expectAutocomplete(page);

    expect(elsewhere).toEqual([]);
    expect(failures).toEqual([]);
    // With introspection on, the schema came from the server; off, none was asked for.
    expect(await Promise.all(introspections)).toEqual(introspectionOn ? ["the schema"] : []);
  });
});

/** Docs open on Query, list its fields, and show convictionTally as schema.graphql describes it. */
async function expectDocsListQueryFields(page: Page, introspections: Promise<string>[]): Promise<void> {
  await page.getByLabel("Show Documentation Explorer").click();
  const docs = page.locator(".graphiql-doc-explorer");
  try {
    await docs.getByRole("link", { name: "Query", exact: true }).click({ timeout: 10_000 });
    for (const field of queryFields) await docs.getByText(field, { exact: true }).first().waitFor({ timeout: 10_000 });
    await docs.getByText("convictionTally", { exact: true }).first().click({ timeout: 10_000 });
    await page.waitForFunction(
      (text) => document.querySelector(".graphiql-doc-explorer")?.textContent?.includes(text),
      tallyDescription.split("\n")[0]!,
      { timeout: 10_000 },
    );
  } catch (error) {
    const shown = await docs.innerText().catch(() => "(no Docs panel)");
    throw new Error(
      `Docs do not list Query's fields (${queryFields.join(", ")}) and convictionTally as schema.graphql describes it ` +
        `(with introspection off, run \`npm run build:playground\` after changing the schema). Docs read:\n${shown}\n` +
        `Introspection queries answered: ${(await Promise.all(introspections)).join("; ") || "(none sent)"}`,
      { cause: error },
    );
  }
}

/** In a new tab, typing part of a root field offers it, and Enter completes it. */
async function expectAutocomplete(page: Page): Promise<void> {
  await page.getByLabel("New tab").click();
  const editor = page.locator(".graphiql-query-editor .view-lines");
  await page.waitForFunction(() => document.querySelectorAll(".graphiql-tab").length === 5, undefined, { timeout: 10_000 });
  await editor.click();
  await page.keyboard.type("{ convictionT");
  const suggestions = page.locator(".suggest-widget .monaco-list-row");
  try {
    await suggestions.first().waitFor({ timeout: 10_000 });
  } catch (error) {
    throw new Error(`No completion offered for "{ convictionT". The editor reads: ${await editor.innerText()}`, { cause: error });
  }
  // The list is filtered as the keys arrive: wait for it to settle on what "convictionT" matches.
  const offered = async () => (await suggestions.allInnerTexts()).map((row) => row.split("\n")[0]);
  await expect.poll(offered, { timeout: 10_000 }).toEqual(["convictionTally"]);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector(".graphiql-query-editor .view-lines")?.textContent?.includes("convictionTally"), undefined, {
    timeout: 10_000,
  });
  expect((await editor.innerText()).replace(/\s+/g, " ")).toBe("{ convictionTally}");
}

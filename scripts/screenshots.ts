// The README's playground screenshots, from a real run: `npx tsx scripts/screenshots.ts`.
//
// It builds the playground, starts a Neo4j of its own (.neo4j/screenshots, Bolt 37687, HTTP
// 37474, emptied first, so the pictures show seed/ and nothing else) or uses NEO4J_URI, loads
// seed/, serves the API with the development settings (introspection on, so Docs come from
// the server), and saves, from Debian's Chromium (CHROMIUM_PATH):
//   docs/images/playground-docs.png   Docs open on the Query type
//   docs/images/playground-tally.png  the seed question's answer
// With NEO4J_URI, seed/ is imported into that database, as `npm run import -- seed` would.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { chromium, type Page } from "playwright-core";
import { startHttpServer } from "../src/api/http-server.ts";
import { readConfig, type Config } from "../src/config.ts";
import { portAnswers } from "../src/db/local-neo4j/ports.ts";
import { openGraph } from "../src/graph/open-graph.ts";
import { formatSummary, importSeed } from "../src/ingest/import-seed.ts";
import { seedDir } from "../src/ingest/load-seed-if-empty.ts";
import { projectRoot } from "../src/paths.ts";

const imagesDir = path.join(projectRoot, "docs", "images");
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const log = (line: string) => console.log(line);

const fromEnv = readConfig(process.env);
const config: Config = {
  ...fromEnv,
  local: { ...fromEnv.local, dir: path.join(projectRoot, ".neo4j", "screenshots"), boltPort: 37687, httpPort: 37474 },
};

log("Building the playground (npm run build:playground)...");
const build = spawnSync("npm", ["run", "build:playground"], { cwd: projectRoot, encoding: "utf8" });
if (build.status !== 0) throw new Error(`npm run build:playground failed:\n${build.stdout}${build.stderr}`);

// An empty database each time, unless a server is already listening there (then it is only re-imported).
if (config.neo4jUri === undefined && !(await portAnswers(config.local.boltPort))) rmSync(path.join(config.local.dir, "home"), { recursive: true, force: true });
const db = await openGraph(config, { log });
try {
  log(formatSummary(await importSeed([seedDir], { db: db.runner, progress: () => {}, timeoutMs: config.importTimeoutMs })));
  const server = await startHttpServer({ db: db.runner, host: "127.0.0.1", port: 0, api: { ...config.api, introspection: true } });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"] });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => document.querySelector(".graphiql-query-editor .view-lines")?.textContent?.includes("convictionTally"), undefined, {
      timeout: 60_000,
    });
    await saveDocs(page);
    await saveTally(page);
  } finally {
    await browser.close();
    await server.stop();
  }
} finally {
  await db.close(log);
}

async function saveDocs(page: Page): Promise<void> {
  await page.getByLabel("Show Documentation Explorer").click();
  const docs = page.locator(".graphiql-doc-explorer");
  await docs.getByRole("link", { name: "Query", exact: true }).click({ timeout: 30_000 });
  await docs.getByText("convictionTally", { exact: true }).first().waitFor();
  await save(page, "playground-docs.png");
  await page.getByLabel("Hide Documentation Explorer").click();
}

async function saveTally(page: Page): Promise<void> {
  await page.locator(".graphiql-execute-button").click();
  await page.waitForFunction(() => document.body.innerText.includes('"convictionsInWindow"'), undefined, { timeout: 60_000 });
  const tally = await page.evaluate(() => /"convictionsInWindow":\s*(\d+)/.exec(document.body.innerText)?.[1]);
  log(`The seed question answers convictionsInWindow: ${tally}.`);
  await save(page, "playground-tally.png");
}

async function save(page: Page, name: string): Promise<void> {
  // Let the editors finish drawing (fonts, highlighting) before the picture is taken.
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(imagesDir, name) });
  log(`Saved ${path.relative(projectRoot, path.join(imagesDir, name))}.`);
}

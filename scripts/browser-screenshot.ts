// Screenshot of Neo4j Browser running saved query 01 with style.grass, for the README:
//   npx tsx scripts/browser-screenshot.ts [output.png]
// Uses the local Neo4j as `npm start` does (reused when running, else started and stopped
// again; NEO4J_LOCAL_* ports apply), loads seed/ if the graph is empty, and drives Debian's
// Chromium (CHROMIUM_PATH) as a user would: drops style.grass on the window, sets the
// parameters the query's header gives, and runs the query.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Page } from "playwright-core";
import { readConfig } from "../src/config.ts";
import { openGraph } from "../src/graph/open-graph.ts";
import { loadSeedIfEmpty } from "../src/ingest/load-seed-if-empty.ts";
import { cypherDir, projectRoot } from "../src/paths.ts";
import { readSavedQuery } from "../tests/helpers/saved-query.ts";

const output = path.resolve(process.argv[2] ?? path.join(projectRoot, "docs/images/browser-query-01.png"));
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromiumPath)) throw new Error(`No Chromium at ${chromiumPath}: install Debian's chromium or set CHROMIUM_PATH.`);

const log = (line: string) => console.log(line);
const config = readConfig(process.env);
const graph = await openGraph(config, { log });
try {
  await loadSeedIfEmpty(graph.runner, log);
  const browserUrl = config.browserUrl ?? graph.localNeo4j?.browserUrl;
  if (browserUrl === undefined) throw new Error("Set NEO4J_BROWSER_URL: the Neo4j in use is not the local one.");
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const failures: string[] = [];
    page.on("pageerror", (error) => failures.push(error.message));
    await page.goto(browserUrl);
    await page.getByText("Connected to Neo4j").first().waitFor({ timeout: 60_000 });

    await dropStyle(page, readFileSync(path.join(cypherDir, "browser", "style.grass"), "utf8"));
    const query = readSavedQuery("01-hsi-convictions-since-2023");
    for (const command of query.paramCommands) await run(page, command);
    await run(page, ":clear");
    await run(page, query.text);

    const frame = page.locator("article").first();
    await frame.locator("svg .node").first().waitFor({ timeout: 60_000 });
    // Full screen and five steps of zoom make the captions readable; the layout moves for a
    // few seconds after the first draw.
    await frame.getByTitle("Fullscreen").click();
    await page.waitForTimeout(6_000);
    for (let step = 0; step < 5; step++) await frame.locator("button.zoom-in").click();
    await page.waitForTimeout(1_000);
    const nodes = await frame.locator("svg .node").evaluateAll((all) =>
      all.map((node) => Array.from(node.querySelectorAll("text.caption"), (line) => line.textContent ?? "").join(" ").trim()),
    );
    await page.screenshot({ path: output });
    console.log(`Saved ${path.relative(process.cwd(), output)}: ${nodes.length} nodes drawn, ${nodes.filter((c) => c !== "").length} with a caption.`);
    console.log(`Overview: ${(await frame.locator("text=Displaying").first().textContent()) ?? ""}`);
    if (failures.length > 0) console.log(`Browser page errors:\n${failures.join("\n")}`);
  } finally {
    await browser.close();
  }
} finally {
  await graph.close(log);
}

/** Types a command or query into Browser's editor and runs it. */
async function run(page: Page, text: string): Promise<void> {
  const editor = page.locator(".monaco-editor").first();
  await editor.click();
  await page.keyboard.press("Control+A");
  await page.keyboard.insertText(text);
  await page.keyboard.press("Control+Enter");
  await page.waitForTimeout(1_000);
}

/** Drops the style sheet on the window, as a user drags style.grass onto Browser. */
async function dropStyle(page: Page, grass: string): Promise<void> {
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], "style.grass", { type: "text/plain" }));
    const target = document.querySelector(".filedrop") ?? document.body;
    target.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  }, grass);
  await page.waitForFunction(() => (localStorage.getItem("neo4j.grass") ?? "").includes("node.Conviction"), undefined, { timeout: 10_000 });
}

import { existsSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withInProcessApi } from "../src/cli/in-process-api.ts";
import { defaultApiSettings } from "../src/config.ts";
import { importSeed } from "../src/ingest/import-seed.ts";
import { projectRoot } from "../src/paths.ts";
import type { AnswerReport } from "../src/report/answer-report.ts";
import { caseDiagram, caseDiagramsMarkdown, casesFromReport, type DiagramCase, type DiagramConviction } from "../src/report/case-diagram.ts";
import { fetchAnswerReport } from "../src/report/fetch-answer.ts";
import { testDriver } from "./helpers/db.ts";
import { loadSeed, removeSeed } from "./helpers/seed-data.ts";

// Debian's chromium (apt-get install chromium; .ci/run installs it). Never a downloaded browser.
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const mermaidBundle = path.join(projectRoot, "node_modules", "mermaid", "dist", "mermaid.min.js");
const { driver, database, db } = testDriver();
let browser: Browser;
let page: Page;

const conviction = (over: Partial<DiagramConviction>): DiagramConviction => ({
  defendant: "Synthetic defendant 1",
  charges: [],
  date: "2024-01-02",
  method: "plea",
  sentence: null,
  evidenceTier: "named",
  ...over,
});

const smallCase: DiagramCase = {
  title: "United States v. Synthetic defendant 1",
  investigation: "Synthetic investigation 1",
  leadAgency: "HSI",
  partnerAgencies: ["Synthetic police department"],
  district: "Synthetic District of Example",
  districtInferred: false,
  convictions: [
    conviction({
      charges: [
        { description: "synthetic production", statute: "18 U.S.C. § 2251(a)", basis: "stated", categories: [] },
        { description: "synthetic possession", statute: null, basis: null, categories: ["CSAM possession"] },
      ],
      sentence: "120 months",
    }),
    conviction({ date: "2024-03-04", method: "unknown" }),
    conviction({
      defendant: 'Synthetic "defendant" 2',
      charges: [{ description: "synthetic trafficking", statute: "18 U.S.C. § 1591", basis: "inferred", categories: [] }],
      date: "2024-02",
      method: "trial",
    }),
    conviction({ defendant: "Synthetic counted defendant 3", evidenceTier: "counted" }),
    conviction({ defendant: "Synthetic counted defendant 4", evidenceTier: "counted" }),
  ],
};

/** What mermaid made of a diagram: each node's text (a line break as "\n") and each edge label. */
interface Rendered {
  nodes: string[];
  edgeLabels: string[];
}

let renders = 0;
async function render(text: string): Promise<Rendered> {
  const id = `diagram-${++renders}`;
  const result = await page.evaluate(
    async ({ id, text }) => {
      const { mermaid } = window as unknown as { mermaid: { render(id: string, text: string): Promise<{ svg: string }> } };
      try {
        const { svg } = await mermaid.render(id, text);
        const holder = document.createElement("div");
        holder.innerHTML = svg;
        const texts = (selector: string) =>
          Array.from(holder.querySelectorAll(selector)).map((n) => {
            n.querySelectorAll("br").forEach((br) => br.replaceWith("\n"));
            return n.textContent ?? "";
          });
        return { ok: true as const, svgStart: svg.slice(0, 4), nodes: texts("g.node"), edgeLabels: texts("g.edgeLabel").filter((t) => t !== "") };
      } catch (error) {
        return { ok: false as const, error: String(error) };
      }
    },
    { id, text },
  );
  if (!result.ok) throw new Error(`mermaid refused the diagram: ${result.error}\n${text}`);
  expect(result.svgStart).toBe("<svg");
  return { nodes: result.nodes, edgeLabels: result.edgeLabels };
}

/** The answer report as `npm run answer` builds it, through the GraphQL API. */
async function answerReport(since: string): Promise<AnswerReport> {
  return withInProcessApi(defaultApiSettings, db, (run) => fetchAnswerReport(run, { since, until: null, agency: "hsi" }, "2026-12-01"));
}

beforeAll(async () => {
  if (!existsSync(chromiumPath)) return;
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  page = await browser.newPage();
  await page.addScriptTag({ path: mermaidBundle });
  await page.evaluate(() => {
    const { mermaid } = window as unknown as { mermaid: { initialize(config: object): void } };
    // A diagram mermaid cannot parse throws, rather than drawing its error picture.
    mermaid.initialize({ startOnLoad: false, suppressErrorRendering: true });
  });
});
afterAll(async () => {
  await browser?.close();
  await removeSeed(driver, database);
  await driver.close();
});

describe("a case's Mermaid text", () => {
  it("is a tree from the agencies down to each defendant's charges, conviction and sentence, with counted records in one node", () => {
    expect(caseDiagram(smallCase)).toBe(
      [
        "flowchart TD",
        '  n0["Lead agency<br>HSI"]',
        '  n1["Partner agency<br>Synthetic police department"]',
        '  n2["Investigation<br>Synthetic investigation 1"]',
        '  n3["Prosecution<br>United States v. Synthetic defendant 1<br>Synthetic District of Example"]',
        '  n4["Defendant<br>Synthetic defendant 1"]',
        '  n5["synthetic production<br>18 U.S.C. #167; 2251(a), stated"]',
        '  n6["synthetic possession<br>no statute given<br>CSAM possession, inferred from the words"]',
        '  n7["Conviction<br>2024-01-02<br>by plea"]',
        '  n8["Sentence<br>120 months"]',
        '  n9["Charges not stated"]',
        '  n10["Conviction<br>2024-03-04<br>plea or trial not stated"]',
        '  n11["Defendant<br>Synthetic #34;defendant#34; 2"]',
        '  n12["synthetic trafficking<br>18 U.S.C. #167; 1591, inferred from the words"]',
        '  n13["Conviction<br>2024-02<br>at trial"]',
        '  n14["2 convictions counted from bulk data<br>summarised, not drawn"]',
        "  n0 -->|leads| n2",
        "  n1 -.->|assists| n2",
        "  n2 --> n3",
        "  n3 --> n4",
        "  n4 --> n5",
        "  n5 --> n7",
        "  n4 --> n6",
        "  n6 --> n7",
        "  n7 --> n8",
        "  n4 --> n9",
        "  n9 --> n10",
        "  n3 --> n11",
        "  n11 --> n12",
        "  n12 --> n13",
        "  n3 --> n14",
      ].join("\n"),
    );
  });
});

describe.skipIf(!existsSync(chromiumPath))(`case diagrams rendered by mermaid in headless Chromium (${chromiumPath})`, () => {
  it("draws the small case with every label as written", async () => {
    const rendered = await render(caseDiagram(smallCase));
    expect(rendered.nodes).toEqual([
      "Lead agency\nHSI",
      "Partner agency\nSynthetic police department",
      "Investigation\nSynthetic investigation 1",
      "Prosecution\nUnited States v. Synthetic defendant 1\nSynthetic District of Example",
      "Defendant\nSynthetic defendant 1",
      "synthetic production\n18 U.S.C. § 2251(a), stated",
      "synthetic possession\nno statute given\nCSAM possession, inferred from the words",
      "Conviction\n2024-01-02\nby plea",
      "Sentence\n120 months",
      "Charges not stated",
      "Conviction\n2024-03-04\nplea or trial not stated",
      'Defendant\nSynthetic "defendant" 2',
      "synthetic trafficking\n18 U.S.C. § 1591, inferred from the words",
      "Conviction\n2024-02\nat trial",
      "2 convictions counted from bulk data\nsummarised, not drawn",
    ]);
    expect(rendered.edgeLabels).toEqual(["leads", "assists"]);
  });

  it("keeps hostile names intact: quotes, brackets, entities, comments, arrows, keywords, HTML, Markdown and unicode", async () => {
    const hostile = [
      'Synthetic "quoted" defendant',
      "Synthetic [bracketed] {braced} (parenthesised) defendant",
      "end",
      "%% not a comment",
      "%%{init: {\"theme\": \"forest\"}}%%",
      "Synthetic --> arrow -.-> defendant ==> x",
      "Synthetic & ampersand #quot; #35; &amp; entity",
      "Synthetic <b>bold</b> <script>alert(1)</script> defendant",
      "Synthetic `code` **strong** _em_ defendant",
      "```",
      "Synthetic; semi|pipe\\backslash defendant",
      "subgraph x",
      "click n4 call alert()",
      "freestyle:#x; classDef:#y;",
      "José Müller-Łukasiewicz 李 Ωμέγα",
      "Synthetic 😀 emoji \u200b zero-width",
      "18 U.S.C. §§ 2251(a) & (e)",
    ];
    const diagram = caseDiagram({
      title: hostile.join(" / "),
      investigation: "end",
      leadAgency: "DHS › ICE › HSI",
      partnerAgencies: ["%%", '"]'],
      district: "[district] \"quoted\"",
      districtInferred: true,
      convictions: hostile.map((name, n) =>
        conviction({
          defendant: name,
          charges: [{ description: name, statute: `18 U.S.C. § 2251(${name})`, basis: n % 2 ? "stated" : "inferred", categories: [] }],
          date: `2024-01-${String(n + 1).padStart(2, "0")}`,
          sentence: name,
        }),
      ),
    });
    const rendered = await render(diagram);
    expect(rendered.nodes.slice(0, 5)).toEqual([
      "Lead agency\nDHS › ICE › HSI",
      "Partner agency\n%%",
      'Partner agency\n"]',
      "Investigation\nend",
      `Prosecution\n${hostile.join(" / ")}\n[district] "quoted" (inferred)`,
    ]);
    // Per defendant: the defendant, the charge, the conviction, the sentence.
    expect(rendered.nodes.slice(5)).toEqual(
      hostile.flatMap((name, n) => [
        `Defendant\n${name}`,
        `${name}\n18 U.S.C. § 2251(${name}), ${n % 2 ? "stated" : "inferred from the words"}`,
        `Conviction\n2024-01-${String(n + 1).padStart(2, "0")}\nby plea`,
        `Sentence\n${name}`,
      ]),
    );
    expect(rendered.edgeLabels).toEqual(["leads", "assists", "assists"]);
    // The fence of the Markdown block holds: no backtick is left in the diagram.
    expect(diagram).not.toContain("`");
  });

  it("renders the seed answer's two cases since 2023-01-01, with their defendants, charges, conviction dates and sentences", async () => {
    await removeSeed(driver, database);
    await loadSeed(db);
    const report = await answerReport("2023-01-01");
    const cases = casesFromReport(report.convictions);
    const rendered = [];
    for (const c of cases) rendered.push(await render(caseDiagram(c)));
    // Charges in order of id: distribution before production.
    expect(rendered.map((r) => r.nodes)).toEqual([
      [
        "Lead agency\nDHS › ICE › HSI",
        "Investigation\nHSI investigation leading to the Perez Figueroa prosecution",
        "Prosecution\nFederal prosecution of Perez Figueroa\ndistrict not stated",
        "Defendant\nPerez Figueroa",
        "distribution of child sexual abuse material\nno statute given\nCSAM distribution or receipt, inferred from the words",
        "production of child sexual abuse material\n18 U.S.C. § 2251, inferred from the words",
        "Conviction\n2023-12\nplea or trial not stated",
        "Sentence\n360 months (30 years)",
      ],
      [
        "Lead agency\nDHS › ICE › HSI",
        "Investigation\nHSI investigation of CSAM found on a phone at the Los Indios Port of Entry",
        "Prosecution\nUnited States v. Kevin Alejandro Santos-Moya\nSouthern District of Texas (inferred)",
        "Defendant\nKevin Alejandro Santos-Moya",
        "possession of child pornography\nno statute given\nCSAM possession, inferred from the words",
        "Conviction\n2024-05-30\nby plea",
        "Sentence\n60 months (5 years)",
      ],
    ]);
    // The Markdown carries the same diagrams, one fenced block per case.
    const markdown = caseDiagramsMarkdown(report.convictions).join("\n");
    expect(markdown.match(/```mermaid\n/g)).toHaveLength(2);
    expect(markdown).toContain(["### Federal prosecution of Perez Figueroa", "", "```mermaid", caseDiagram(cases[0]!), "```"].join("\n"));
  });

  it("renders every case diagram of the whole seed's answer since 2023-01-01", async () => {
    await importSeed([path.join(projectRoot, "seed")], { db });
    const report = await answerReport("2023-01-01");
    const cases = casesFromReport(report.convictions);
    const started = performance.now();
    for (const c of cases) {
      const { nodes } = await render(caseDiagram(c));
      const lines = nodes.flatMap((n) => n.split("\n"));
      for (const x of c.convictions) {
        expect(lines, c.title).toContain(x.defendant);
        expect(lines, c.title).toContain(x.date);
        for (const charge of x.charges) expect(lines, c.title).toContain(charge.description);
      }
      expect(lines, c.title).toContain(c.title);
    }
    // The count of the report's cases, one diagram each; printed for the record of the run.
    expect(cases.length).toBe(new Set(report.convictions.map((c) => c.case)).size);
    console.log(`rendered ${cases.length} case diagrams of ${report.convictions.length} convictions in ${Math.round(performance.now() - started)} ms`);
  });
});

import { writeFileSync } from "node:fs";
import { ClaimsDocument, ExportProvenanceDocument } from "../api/generated/operations.ts";
import { readConfig, settingsHelp } from "../config.ts";
import { ExpectedError } from "../errors.ts";
import { claimReviewDocument } from "../export/claimreview.ts";
import { convictionsCsv } from "../export/csv.ts";
import { provDocument } from "../export/prov.ts";
import { provenanceGraph } from "../export/provenance-graph.ts";
import { openGraph } from "../graph/open-graph.ts";
import { loadSeedIfEmpty } from "../ingest/load-seed-if-empty.ts";
import { fetchWholeTally } from "../report/whole-tally.ts";
import { withInProcessApi, type RunOperation } from "./in-process-api.ts";
import { runCli } from "./run-cli.ts";

const help = `Usage: npm run export -- --format csv|claimreview|prov [options]

Writes the graph's data in a form other tools read, through the GraphQL API
(docs/exports.md describes each format):

  csv          one row per conviction of the agency's cases that is in the window or cannot
               be placed in it, with its window status, charges, statutes, sentence, agencies,
               evidence tier and source URLs. Needs --since.
  claimreview  a schema.org ClaimReview (JSON-LD) for every published figure the graph
               checks: each figure of the fact-checks, and each claim that restates another,
               rated on one scale (5 Correct, 3 No source found, 1 Wrong ...). Needs --since:
               the caveats are stated against the window.
  prov         W3C PROV-O (JSON-LD) of one conviction's provenance: its case's facts, the
               agencies, and every source with its citations. Needs --id.

Options:
  --format   csv, claimreview or prov (required)
  --since    first day of the window, yyyy-mm-dd (csv, claimreview; required for them)
  --until    last day of the window (default: open)
  --agency   the investigating agency, by abbreviation or id (default: HSI); sub-offices count
  --id       the conviction (or any fact of its case) whose provenance --format prov writes
  --as-of    the date of our review, yyyy-mm-dd, for claimreview's datePublished (default: today, UTC)
  --out      write to this file instead of standard output (nothing is written on an error)

Configuration, from environment variables:
${settingsHelp()}
`;

const formats = ["csv", "claimreview", "prov"] as const;
type Format = (typeof formats)[number];

interface Settings {
  format: Format;
  since?: string | undefined;
  until?: string | undefined;
  agency: string;
  id?: string | undefined;
  asOf: string;
}

/** Every problem with the options at once, or the settings. */
function settingsOf(values: { format?: string; since?: string; until?: string; agency?: string; id?: string; "as-of"?: string }): Settings {
  const problems: string[] = [];
  const format = values.format as Format | undefined;
  if (format === undefined) problems.push("--format is required: csv, claimreview or prov.");
  else if (!formats.includes(format)) problems.push(`--format must be csv, claimreview or prov, not "${values.format}".`);
  const windowed = format === "csv" || format === "claimreview";
  if (windowed && values.since === undefined) problems.push(`--since is required for --format ${format}.`);
  if (windowed && values.id !== undefined) problems.push(`--id is for --format prov; --format ${format} exports the whole window.`);
  if (format === "prov") {
    if (values.id === undefined) problems.push("--id is required for --format prov: the id of a conviction.");
    for (const option of ["since", "until", "agency"] as const) {
      if (values[option] !== undefined) problems.push(`--${option} is not used by --format prov, which follows one conviction (--id).`);
    }
  }
  if (values["as-of"] !== undefined && format !== "claimreview") problems.push("--as-of is for --format claimreview.");
  const asOf = values["as-of"] ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf))) problems.push(`--as-of must be a day, yyyy-mm-dd, not "${asOf}".`);
  if (problems.length > 0) throw new ExpectedError(problems.join("\n"));
  return {
    format: format!,
    since: values.since,
    until: values.until,
    agency: (values.agency ?? "HSI").trim().toLowerCase().replace(/\s+/g, "-"),
    id: values.id,
    asOf,
  };
}

const json = (document: object) => `${JSON.stringify(document, null, 2)}\n`;

/** The export's text, read through the API. */
async function exported(run: RunOperation, s: Settings): Promise<string> {
  const window = { since: s.since!, until: s.until ?? null, agency: s.agency };
  switch (s.format) {
    case "csv": {
      const tally = await fetchWholeTally(run, window);
      return convictionsCsv([...tally.inWindow, ...tally.notPlaceable]);
    }
    case "claimreview": {
      const { claims } = await run(ClaimsDocument, window);
      return json(claimReviewDocument(claims, s.asOf));
    }
    case "prov": {
      const { provenance } = await run(ExportProvenanceDocument, { id: s.id! });
      if (provenance === null) throw new ExpectedError(`No conviction or other fact has the id "${s.id}"; nothing was written.`);
      return json(provDocument(provenanceGraph(provenance)));
    }
  }
}

runCli(
  help,
  {
    options: {
      format: { type: "string" },
      since: { type: "string" },
      until: { type: "string" },
      agency: { type: "string" },
      id: { type: "string" },
      "as-of": { type: "string" },
      out: { type: "string" },
    },
  },
  async ({ values }) => {
    const settings = settingsOf(values);
    const config = readConfig(process.env);
    const log = (line: string) => console.error(line);
    const db = await openGraph(config, { log });
    try {
      await loadSeedIfEmpty(db.runner, log);
      const text = await withInProcessApi(config.api, db.runner, (run) => exported(run, settings));
      if (values.out === undefined) process.stdout.write(text);
      else {
        writeFileSync(values.out, text);
        log(`Wrote ${values.out}.`);
      }
    } finally {
      await db.close(log);
    }
  },
);

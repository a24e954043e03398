import { readConfig, settingsHelp } from "../config.ts";
import { openGraph } from "../graph/open-graph.ts";
import { ExpectedError } from "../errors.ts";
import { loadSeedIfEmpty } from "../ingest/load-seed-if-empty.ts";
import { answerMarkdown } from "../report/answer-markdown.ts";
import { fetchAnswerReport } from "../report/fetch-answer.ts";
import { withInProcessApi } from "./in-process-api.ts";
import { runCli } from "./run-cli.ts";

const help = `Usage: npm run answer -- --since yyyy-mm-dd [--until yyyy-mm-dd] [--agency HSI] [--format md|json] [--include-unreviewed]

Answers "how many <agency> child-trafficking cases since <date> have led to federal
convictions, and what were the charges?" from the graph, through the GraphQL API, in the
shape of a fact-check: a short bottom line that names what is counted (child sexual
exploitation, with child sex trafficking and transportation of a minor beside it), the
offence families, the cases with one citation each, what is left out of the count, the
agencies' published figures, how the cases were found, the as-of date and data version, and
numbered sources. --format json is the stable form (docs/answer-json.md).

Options:
  --since    first day of the window (required)
  --until    last day of the window (default: open)
  --agency   the investigating agency, by abbreviation or id (default: HSI); sub-offices count
  --format   md (default) or json
  --include-unreviewed
             also list, marked and apart, the open press-release candidates (npm run
             ingest:doj) that would count if a reviewer accepted them; they never change
             the figures

Configuration, from environment variables:
${settingsHelp()}
`;

runCli(
  help,
  {
    options: {
      since: { type: "string" },
      until: { type: "string" },
      agency: { type: "string", default: "HSI" },
      format: { type: "string", default: "md" },
      "include-unreviewed": { type: "boolean", default: false },
    },
  },
  async ({ values }) => {
    if (values.since === undefined) throw new ExpectedError(`--since is required.\n\n${help}`);
    if (values.format !== "md" && values.format !== "json") {
      throw new ExpectedError(`--format must be md or json, not "${values.format}".`);
    }
    // The API reads an agency's id or its abbreviation, in any case (src/graph/named-ids.ts).
    const agency = values.agency.trim();
    const config = readConfig(process.env);
    const log = (line: string) => console.error(line);
    const db = await openGraph(config, { log });
    try {
      await loadSeedIfEmpty(db.runner, log);
      const window = { since: values.since, until: values.until ?? null, agency };
      const generated = new Date().toISOString().slice(0, 10);
      const report = await withInProcessApi(config.api, db.runner, (run) => fetchAnswerReport(run, window, generated, { includeUnreviewed: values["include-unreviewed"] }));
      console.log(values.format === "json" ? JSON.stringify(report, null, 2) : answerMarkdown(report));
    } finally {
      await db.close(log);
    }
  },
);

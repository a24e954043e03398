import { readConfig, settingsHelp } from "../config.ts";
import { openGraph } from "../graph/open-graph.ts";
import { formatQualityReport, qualityReport, reportHasProblems } from "../graph/quality-report.ts";
import { runCli } from "./run-cli.ts";

const help = `Usage: npm run check [-- --json]

The data-quality report of the graph.
Problems (exit code 1 when any): facts without a source, sources nothing cites, dangling
references, events dated after the source that reports them.
Findings (listed, exit code 0): conflicting figures for the same metric, period and scope,
and claims that restate another claim with a different scope, period, metric or value.

Options:
  --json   print the report as JSON

Configuration, from environment variables:
${settingsHelp()}
`;

runCli(help, { options: { json: { type: "boolean" } } }, async ({ values }) => {
  const config = readConfig(process.env);
  const db = await openGraph(config, { log: (line) => console.error(line) });
  try {
    const report = await qualityReport(db.runner);
    console.log(values.json ? JSON.stringify(report, null, 2) : formatQualityReport(report));
    if (reportHasProblems(report)) process.exitCode = 1;
  } finally {
    await db.close((line) => console.error(line));
  }
});

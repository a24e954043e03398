import { startApp } from "../app.ts";
import { readConfig, settingsHelp } from "../config.ts";
import { runCli, untilStopSignal } from "./run-cli.ts";

const help = `Usage: npm start [-- --help]

Starts the provenance graph: Neo4j (the local server from Maven Central jars unless
NEO4J_URI is set, reusing one that is already running), the schema migrations, and the
GraphQL API. Prints the URLs when ready; Ctrl-C stops everything it started.

Configuration, from environment variables:
${settingsHelp()}
`;

runCli(help, {}, async () => {
  // Listen before starting anything: a Ctrl-C during start-up then stops what was started.
  const stopSignal = untilStopSignal();
  const config = readConfig(process.env);
  const app = await startApp(config, { log: (line) => console.log(line) });
  const { playground, graphql, health, neo4jBrowser } = app.urls;
  const auth = app.connection.password === undefined ? "no authentication" : `user ${app.connection.user}`;
  console.log(
    [
      "",
      "Provenance graph API is ready.",
      `  Playground:       ${playground}`,
      `  GraphQL endpoint: ${graphql}`,
      `  Health:           ${health}`,
      `  Neo4j Browser:    ${neo4jBrowser ?? "(set NEO4J_BROWSER_URL to show it)"}`,
      `                    connect to ${app.connection.uri}, ${auth}`,
      "Press Ctrl-C to stop.",
    ].join("\n"),
  );
  await stopSignal;
  console.log("Stopping...");
  await app.stop((line) => console.log(line));
  console.log("Stopped.");
});

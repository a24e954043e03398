import { readConfig, settingsHelp } from "../config.ts";
import { ensureLocalNeo4j } from "../db/local-neo4j/local-neo4j.ts";
import { runCli, untilStopSignal } from "./run-cli.ts";

const help = `Usage: npm run neo4j [-- --help]

Runs only the local Neo4j (Community server from Maven Central jars), for Neo4j Browser or
another client. Reuses one that is already running. Ctrl-C stops the server it started.

Configuration, from environment variables (the NEO4J_LOCAL_* ones apply here):
${settingsHelp()}
`;

runCli(help, {}, async () => {
  // Listen before starting anything: a Ctrl-C during start-up then stops what was started.
  const stopSignal = untilStopSignal();
  const config = readConfig(process.env);
  const neo4j = await ensureLocalNeo4j(config.local, { log: (line) => console.log(line) });
  console.log(
    [
      "",
      `  Bolt:          ${neo4j.boltUri} (no authentication)`,
      `  Neo4j Browser: ${neo4j.browserUrl}`,
      neo4j.reused ? "This Neo4j was already running; it is left as it is." : "Press Ctrl-C to stop.",
    ].join("\n"),
  );
  if (neo4j.reused) return;
  await stopSignal;
  console.log("Stopping Neo4j...");
  await neo4j.stop();
  console.log("Stopped.");
});

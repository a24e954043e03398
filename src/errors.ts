/**
 * Errors we raise on purpose. Each carries a message written for the person running the
 * command; the CLI edge prints it as is (see src/cli/run-cli.ts). Anything else is a bug
 * and is printed with its stack.
 */
export class ExpectedError extends Error {
  override name = "ExpectedError";
}

/** The environment holds invalid settings. Lists every problem, not only the first. */
export class ConfigError extends ExpectedError {
  override name = "ConfigError";
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

/** A program the local Neo4j needs (java, mvn) is missing or too old. */
export class MissingDependencyError extends ExpectedError {
  override name = "MissingDependencyError";
}

/** The local Neo4j could not be resolved or started. */
export class LocalNeo4jError extends ExpectedError {
  override name = "LocalNeo4jError";
}

/** The database did not answer. */
export class DatabaseUnavailableError extends ExpectedError {
  override name = "DatabaseUnavailableError";
}

/** A benchmark cannot run against the database or graph it was given. */
export class BenchmarkError extends ExpectedError {
  override name = "BenchmarkError";
}

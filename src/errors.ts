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

/** The database did not answer, or is known to be down. */
export class DatabaseUnavailableError extends ExpectedError {
  override name = "DatabaseUnavailableError";
}

/** A transaction ran past its timeout and was stopped. */
export class QueryTimeoutError extends ExpectedError {
  override name = "QueryTimeoutError";
}

/** As many expensive queries as allowed are already running; this one was not started. */
export class DatabaseBusyError extends ExpectedError {
  override name = "DatabaseBusyError";
  constructor(readonly retryAfterSeconds: number) {
    super(`The server is busy with other large queries; retry after ${retryAfterSeconds} s.`);
  }
}

/** Text given to the fulltext search that cannot be searched: no word in it, too long, or refused by the index's parser. */
export class SearchTextError extends ExpectedError {
  override name = "SearchTextError";
}

/** A row from Cypher lacks a column, or holds a value of another type, than its decoder expects: a bug. */
export class RowShapeError extends Error {
  override name = "RowShapeError";
}

/** A benchmark cannot run against the database or graph it was given. */
export class BenchmarkError extends ExpectedError {
  override name = "BenchmarkError";
}

/** A caseload release (LIONS) cannot be read as published. Lists every problem found. */
export class CaseloadReleaseError extends ExpectedError {
  override name = "CaseloadReleaseError";
  constructor(readonly problems: string[]) {
    super(`The caseload release cannot be read (${problems.length} problem${problems.length === 1 ? "" : "s"}); nothing was written.\n${problems.map((p) => `  ${p}`).join("\n")}`);
  }
}

/** A review of candidate links that cannot be done: an id that names no link, a judgement without its reason. */
export class LinkReviewError extends ExpectedError {
  override name = "LinkReviewError";
  constructor(
    message: string,
    /** What is wrong: the link's or candidate's id, the judgement's reason or reviewer, or an edit's fields. */
    readonly argument: "id" | "why" | "by" | "changes",
  ) {
    super(message);
  }
}

/** A caseload release cannot be loaded beside the releases in the graph (its name, its period), or a name cannot be removed. Lists every problem. */
export class CaseloadLoadError extends ExpectedError {
  override name = "CaseloadLoadError";
  constructor(
    what: string,
    readonly problems: string[],
  ) {
    super(`${what}; nothing was written.\n${problems.map((p) => `  ${p}`).join("\n")}`);
  }
}

/** The DOJ press-release API did not give a page after every attempt, or refused it for good. The cursor is kept, so the same command resumes. */
export class DojFetchError extends ExpectedError {
  override name = "DojFetchError";
}

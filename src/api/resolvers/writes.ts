import { GraphQLError } from "graphql";
import { parse as parseYaml } from "yaml";
import { retractSource as retract } from "../../graph/sources.ts";
import { importSeedText } from "../../ingest/import-seed.ts";
import { formatProblem, ImportValidationError } from "../../ingest/problems.ts";
import type { ApiContext } from "../context.ts";
import type { MutationResolvers } from "../generated/resolvers.ts";

export function requireWriter(context: ApiContext): void {
  if (context.write === "disabled") {
    throw new GraphQLError("Writes are disabled on this server: it has no API_WRITE_TOKEN.", {
      extensions: { code: "FORBIDDEN" },
    });
  }
  if (context.write !== "authorized") {
    throw new GraphQLError("A write needs the header Authorization: Bearer <token>, with the server's write token.", {
      extensions: { code: "UNAUTHENTICATED" },
    });
  }
}

/** Adds a seed document through the importer: the same validation, one transaction. */
export const addSource: MutationResolvers["addSource"] = async (_parent, { document }, context) => {
  requireWriter(context);
  let parsed: unknown;
  try {
    parsed = parseYaml(document);
  } catch {
    parsed = undefined; // a syntax error: the importer reports it with its line
  }
  const sources = (parsed as { sources?: unknown } | null | undefined)?.sources;
  if (parsed !== undefined && !(Array.isArray(sources) && sources.length > 0)) {
    throw new GraphQLError("A write must add at least one source (a `sources:` list); facts without a source are refused.", {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  try {
    const summary = await importSeedText("document", document, { db: context.db });
    const total = { created: 0, updated: 0, unchanged: 0 };
    for (const counts of Object.values(summary.counts)) {
      total.created += counts.created;
      total.updated += counts.updated;
      total.unchanged += counts.unchanged;
    }
    return total;
  } catch (error) {
    if (error instanceof ImportValidationError) {
      throw new GraphQLError(error.message, {
        extensions: { code: "BAD_USER_INPUT", problems: error.problems.map(formatProblem) },
      });
    }
    throw error;
  }
};

/** Marks a source retracted and returns what no other source supports. */
export const retractSource: MutationResolvers["retractSource"] = async (_parent, { id }, context) => {
  requireWriter(context);
  const retracted = await retract(context.db, id);
  if (retracted === undefined) {
    throw new GraphQLError(`No source has the id "${id}".`, { extensions: { code: "BAD_USER_INPUT" } });
  }
  return retracted;
};

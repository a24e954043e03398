import { GraphQLError } from "graphql";
import { caseLabels, provenance as provenanceOf } from "../../graph/provenance.ts";
import type { QueryResolvers } from "../generated/resolvers.ts";

/** The case around a fact, as a tree; null for an id that names nothing. */
export const provenance: QueryResolvers["provenance"] = async (_parent, { id }, { db }) => {
  const found = await provenanceOf(db, id);
  switch (found.kind) {
    case "tree":
      return found.tree;
    case "unknown":
      return null;
    case "outside_case":
      throw new GraphQLError(
        `"${id}" is ${found.label === "Agency" ? "an" : "a"} ${found.label}, not part of a case: provenance starts from a node of a case (${caseLabels.join(", ")}).`,
        { extensions: { code: "BAD_USER_INPUT" } },
      );
  }
};

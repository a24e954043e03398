import { z } from "zod";
import { allRows, defineQuery } from "../db/query.ts";
import type { QueryRunner } from "../db/query-runner.ts";
import { agencyNode, citation, sortCitations, type Agency } from "./columns.ts";

const allAgencies = defineQuery("agencies/all", allRows(z.object({ agency: agencyNode.extend({ citations: z.array(citation) }) })));

/** Every agency, each after its parent (a flat list: `path` and `parentId` give the hierarchy). */
export async function agencies(db: QueryRunner): Promise<Agency[]> {
  return (await db.read(allAgencies)).map(({ agency }) => ({ ...agency, citations: sortCitations(agency.citations) }));
}

/** The agency an agency is part of, from the lineage stored on it (its own id comes first). */
export const parentIdOf = (agency: { lineage: string[] }): string | null => agency.lineage[1] ?? null;

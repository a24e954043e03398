import { z } from "zod";
import { defineQuery, oneRow, optionalRow, allRows } from "../db/query.ts";
import type { QueryRunner } from "../db/query-runner.ts";
import { LinkReviewError } from "../errors.ts";
import { citation, sortCitations, type Citation } from "./columns.ts";
import { closest } from "./named-ids.ts";
import { linkStatuses, type ValueOf } from "./vocabulary.ts";

/**
 * The one review queue: candidate links (src/graph/candidate-links.ts) listed, shown with
 * their evidence, and judged. A judgement records who made it, when and why; it is kept apart
 * from the edge, keyed by the link's id (the named conviction's id and the counted one's key in
 * the caseload data), so that it outlives reloads of either side. The latest judgement is the
 * link's status.
 */
export type LinkStatus = ValueOf<typeof linkStatuses>;
export type Verdict = Exclude<LinkStatus, "open">;

const evidence = z.object({
  id: z.string(),
  status: z.enum(linkStatuses.values),
  district: z.string(),
  namedStatutes: z.array(z.string()),
  countedStatutes: z.array(z.string()),
  namedStatutesInferred: z.boolean(),
  namedDate: z.string(),
  countedDate: z.string(),
  daysApart: z.number().nullable().default(null),
  namedPrison: z.string().nullable().default(null),
  countedPrison: z.string().nullable().default(null),
  caseloadKey: z.string(),
});

const judgement = z.object({ verdict: z.enum(["accepted", "rejected"]), by: z.string(), why: z.string(), at: z.string() });
export type Judgement = z.output<typeof judgement>;

const listed = z.object({
  link: evidence,
  named: z.string(),
  defendantName: z.string().nullable(),
  counted: z.string(),
  judgements: z.array(judgement),
  namedCitations: z.array(citation),
  countedCitations: z.array(citation),
});

/** A link the rule draws, with its evidence, every judgement on it (oldest first) and both sides' citations. */
export interface ListedLink {
  id: string;
  status: LinkStatus;
  named: string;
  defendantName: string | null;
  counted: string;
  evidence: z.output<typeof evidence>;
  judgements: Judgement[];
  namedCitations: Citation[];
  countedCitations: Citation[];
}

const shown = z.object({
  link: evidence.nullable(),
  named: z.string().nullable(),
  defendantName: z.string().nullable(),
  counted: z.string().nullable(),
  judgements: z.array(judgement),
  namedCitations: z.array(citation),
  countedCitations: z.array(citation),
});

/** A link as `show` gives it: the candidate when the rule still draws it (null when it no longer does), and its judgements. */
export interface ShownLink {
  id: string;
  candidate: ListedLink | null;
  judgements: Judgement[];
  namedCitations: Citation[];
  countedCitations: Citation[];
}

const queries = {
  list: defineQuery("links/list", allRows(listed)),
  one: defineQuery("links/one", optionalRow(shown)),
  ids: defineQuery("links/ids", oneRow(z.object({ ids: z.array(z.string()) }))),
  judge: defineQuery("links/judge", optionalRow(z.object({ judgement }))),
};

const asListed = (row: z.output<typeof listed>): ListedLink => ({
  id: row.link.id,
  status: row.link.status,
  named: row.named,
  defendantName: row.defendantName,
  counted: row.counted,
  evidence: row.link,
  judgements: row.judgements,
  namedCitations: sortCitations(row.namedCitations),
  countedCitations: sortCitations(row.countedCitations),
});

/** The candidate links with this status, or all of them. */
export async function listLinks(db: QueryRunner, status: LinkStatus | null = null): Promise<ListedLink[]> {
  return (await db.read(queries.list, { status })).map(asListed);
}

/** One link with its judgements; refused, with the closest ids, when no link has the id. */
export async function showLink(db: QueryRunner, id: string): Promise<ShownLink> {
  const row = await db.read(queries.one, { id });
  if (row === undefined) throw await unknownLink(db, id);
  return {
    id,
    candidate:
      row.link === null
        ? null
        : asListed({ ...row, link: row.link, named: row.named!, counted: row.counted! }),
    judgements: row.judgements,
    namedCitations: sortCitations(row.namedCitations),
    countedCitations: sortCitations(row.countedCitations),
  };
}

/**
 * Records a judgement on a candidate link: every problem with the input at once (no reason,
 * no reviewer), then an id the rule does not draw now, with the closest ids.
 */
export async function judgeLink(db: QueryRunner, { id, verdict, by, why }: { id: string; verdict: Verdict; by: string; why: string }): Promise<Judgement> {
  const problems = [
    ...(why.trim() === "" ? ["a judgement needs its reason (why): what in the sources settles it"] : []),
    ...(by.trim() === "" ? ["a judgement needs its reviewer (who)"] : []),
  ];
  if (problems.length > 0) throw new LinkReviewError(`The judgement on "${id}" was not recorded: ${problems.join("; ")}.`, why.trim() === "" ? "why" : "by");
  const written = await db.write(queries.judge, { id, verdict, by: by.trim(), why: why.trim() });
  if (written === undefined) throw await unknownLink(db, id);
  return written.judgement;
}

async function unknownLink(db: QueryRunner, id: string): Promise<LinkReviewError> {
  const { ids } = await db.read(queries.ids, {});
  if (ids.includes(id)) return new LinkReviewError(`The rule no longer draws the link "${id}": its convictions changed since it was judged. Its judgements are kept (show it).`, "id");
  const near = closest(id, ids);
  return new LinkReviewError(`No candidate link has the id "${id}". ${near.length === 0 ? "There are none." : `The closest link ids: ${near.join(", ")}.`}`, "id");
}

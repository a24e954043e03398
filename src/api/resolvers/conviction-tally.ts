import { GraphQLError } from "graphql";
import { pendingCharges, type ChargeScope } from "../../graph/charges.ts";
import { convictionPage } from "../../graph/convictions.ts";
import { caseloadTally } from "../../graph/caseload-tally.ts";
import { countingRule, tally, tallyFilter, tallyStatistics, type Tally, type TallyQuestion } from "../../graph/tally.ts";
import { idArguments, windowArguments } from "../arguments.ts";
import type { ConvictionTallyResolvers, QueryResolvers } from "../generated/resolvers.ts";
import { connection, pageArguments } from "../pagination.ts";
import { selectsField } from "../selects-field.ts";
import { unreviewedTally } from "../../graph/unreviewed-tally.ts";
import { asReleaseCandidate } from "./release-candidates.ts";

/** What the tally's field resolvers work from: the question, and its numbers, counted at most once and only when a field needs them. */
export interface TallyParent {
  question: TallyQuestion;
  /** Whether the request asks for the open press-release candidates that would count (`unreviewed`). */
  includeUnreviewed: boolean;
  numbers: () => Promise<Tally>;
}

/** The tally's own fields that its numbers answer; a request with none of them (only lists, say) is not charged for counting. */
const numberFields = [
  "agency",
  "convictionsInWindow",
  "notPlaceableCount",
  "pendingChargeCount",
  "partnerOnlyCount",
  "cases",
  "districts",
  "fieldOffices",
  "byStatute",
  "byCategory",
  "byFamily",
];

export const convictionTally: QueryResolvers["convictionTally"] = async (_parent, args, { db }, info) => {
  const window = windowArguments(args);
  // Checked before anything is counted, so that an unknown id is refused, never answered with zero.
  const ids = await idArguments(db, [
    { argument: "agency", kind: "agency", values: [args.agency] },
    { argument: "statutes", kind: "statute", values: args.statutes ?? [] },
    { argument: "categories", kind: "category", values: args.categories ?? [] },
  ]);
  const question: TallyQuestion = {
    agency: ids.get("agency")![0]!,
    window,
    statutes: args.statutes ? (ids.get("statutes") ?? []) : null,
    categories: args.categories ? (ids.get("categories") ?? []) : null,
  };
  let counting: Promise<Tally> | undefined;
  const numbers = () =>
    (counting ??= tally(db, question).then((counted) => {
      // The agency was found a moment ago; only a concurrent removal gets here.
      if (counted === undefined) throw new GraphQLError(`No agency has the id "${question.agency}".`, { extensions: { code: "BAD_USER_INPUT" } });
      return counted;
    }));
  if (numberFields.some((name) => selectsField(info, name, { ownOnly: true }))) await numbers();
  return { question, includeUnreviewed: args.includeUnreviewed ?? false, numbers };
};

const chargeScope = ({ question }: TallyParent): ChargeScope => ({ agency: question.agency, statutes: question.statutes, categories: question.categories });

export const ConvictionTally: ConvictionTallyResolvers = {
  since: ({ question }) => question.window.since,
  until: ({ question }) => question.window.until,
  agency: async ({ numbers }) => (await numbers()).agency,
  rule: () => countingRule,
  convictionsInWindow: async ({ numbers }) => (await numbers()).convictionsInWindow,
  lowerBound: () => true,
  notPlaceableCount: async ({ numbers }) => (await numbers()).notPlaceable,
  pendingChargeCount: async ({ numbers }) => (await numbers()).pendingCharges,
  inWindow: async ({ question, numbers }, args, { db }, info) => {
    const { offset, first } = pageArguments(args);
    const page = await convictionPage(db, tallyFilter(question, "in"), { sort: args.sort, offset, first, withCitations: selectsField(info, "citations") });
    return connection(page, offset, async () => (await numbers()).convictionsInWindow);
  },
  notPlaceable: async ({ question, numbers }, args, { db }, info) => {
    const { offset, first } = pageArguments(args);
    const page = await convictionPage(db, tallyFilter(question, "not_placeable"), { sort: args.sort, offset, first, withCitations: selectsField(info, "citations") });
    return connection(page, offset, async () => (await numbers()).notPlaceable);
  },
  partnerOnlyCount: async ({ numbers }) => (await numbers()).partnerOnly,
  partnerOnly: async ({ question, numbers }, args, { db }, info) => {
    const { offset, first } = pageArguments(args);
    const page = await convictionPage(db, tallyFilter(question, "in", "partner_only"), { sort: args.sort, offset, first, withCitations: selectsField(info, "citations") });
    return connection(page, offset, async () => (await numbers()).partnerOnly);
  },
  pendingCharges: async (parent, args, { db }, info) => {
    const { offset, first } = pageArguments(args);
    const page = await pendingCharges(db, chargeScope(parent), { offset, first, withCitations: selectsField(info, "citations") });
    return connection(page, offset, async () => page.totalCount);
  },
  byStatute: async ({ numbers }) => (await numbers()).byStatute,
  byCategory: async ({ numbers }) => (await numbers()).byCategory,
  byFamily: async ({ numbers }) => (await numbers()).byFamily,
  cases: async ({ numbers }) => (await numbers()).cases,
  districts: async ({ numbers }) => (await numbers()).districts,
  fieldOffices: async ({ numbers }) => (await numbers()).fieldOffices,
  statistics: ({ question }, _args, { db }) => tallyStatistics(db, question),
  caseload: async ({ question, numbers }, { programs }, { db }) => {
    const { lineage } = (await numbers()).agency;
    const figures = await caseloadTally(db, { lineage, window: question.window, ...(programs ? { programs } : {}) });
    return { agency: figures.agencyId, code: figures.code, programs: figures.programs, caveats: figures.caveats, releases: figures.releases };
  },
  // Only when asked for, and apart: the reviewed figures above never include these.
  unreviewed: async ({ question, includeUnreviewed }, _args, { db }) => {
    if (!includeUnreviewed) return null;
    const { candidates, notPlaceable } = await unreviewedTally(db, question);
    return { count: candidates.length, candidates: candidates.map(asReleaseCandidate), notPlaceableCount: notPlaceable.length, notPlaceable: notPlaceable.map(asReleaseCandidate) };
  },
};

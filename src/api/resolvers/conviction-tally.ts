import { GraphQLError } from "graphql";
import { pendingCharges, type ChargeScope } from "../../graph/charges.ts";
import { convictionPage } from "../../graph/convictions.ts";
import { countingRule, tally, tallyFilter, tallyStatistics, type Tally, type TallyQuestion } from "../../graph/tally.ts";
import { windowArguments } from "../arguments.ts";
import type { ConvictionTallyResolvers, QueryResolvers } from "../generated/resolvers.ts";
import { connection, pageArguments } from "../pagination.ts";
import { selectsField } from "../selects-field.ts";

/** What the tally's field resolvers work from: the question and its numbers. */
export interface TallyParent {
  question: TallyQuestion;
  tally: Tally;
}

export const convictionTally: QueryResolvers["convictionTally"] = async (_parent, args, { db }) => {
  const question: TallyQuestion = {
    agency: args.agency,
    window: windowArguments(args),
    statutes: args.statutes ?? null,
    categories: args.categories ?? null,
  };
  const counted = await tally(db, question);
  if (counted === undefined) {
    throw new GraphQLError(`No agency has the id "${args.agency}".`, { extensions: { code: "BAD_USER_INPUT" } });
  }
  return { question, tally: counted };
};

const chargeScope = ({ question }: TallyParent): ChargeScope => ({ agency: question.agency, statutes: question.statutes, categories: question.categories });

export const ConvictionTally: ConvictionTallyResolvers = {
  since: ({ question }) => question.window.since,
  until: ({ question }) => question.window.until,
  agency: ({ tally }) => tally.agency,
  rule: () => countingRule,
  convictionsInWindow: ({ tally }) => tally.convictionsInWindow,
  lowerBound: () => true,
  notPlaceableCount: ({ tally }) => tally.notPlaceable,
  pendingChargeCount: ({ tally }) => tally.pendingCharges,
  inWindow: async ({ question, tally }, args, { db }, info) => {
    const { offset, first } = pageArguments(args);
    const page = await convictionPage(db, tallyFilter(question, "in"), { sort: args.sort, offset, first, withCitations: selectsField(info, "citations") });
    return connection(page, offset, async () => tally.convictionsInWindow);
  },
  notPlaceable: async ({ question, tally }, args, { db }, info) => {
    const { offset, first } = pageArguments(args);
    const page = await convictionPage(db, tallyFilter(question, "not_placeable"), { sort: args.sort, offset, first, withCitations: selectsField(info, "citations") });
    return connection(page, offset, async () => tally.notPlaceable);
  },
  pendingCharges: async (parent, args, { db }, info) => {
    const { offset, first } = pageArguments(args);
    const page = await pendingCharges(db, chargeScope(parent), { offset, first, withCitations: selectsField(info, "citations") });
    return connection(page, offset, async () => page.totalCount);
  },
  byStatute: ({ tally }) => tally.byStatute,
  byCategory: ({ tally }) => tally.byCategory,
  cases: ({ tally }) => tally.cases,
  districts: ({ tally }) => tally.districts,
  fieldOffices: ({ tally }) => tally.fieldOffices,
  statistics: ({ question }, _args, { db }) => tallyStatistics(db, question),
};

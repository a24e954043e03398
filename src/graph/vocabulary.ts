/**
 * Every closed list of values in the model, defined once. The seed format validates with
 * them (src/ingest/seed-schema.ts), the domain uses them, and `npm run schema` writes them into
 * schema.graphql as GraphQL enums (each value upper-cased: convicted_plea → CONVICTED_PLEA).
 */
export interface Vocabulary<V extends string = string> {
  /** The GraphQL enum's name. */
  name: string;
  description: string;
  values: readonly V[];
  /** Descriptions of single values, where the name alone does not say enough. */
  valueDescriptions?: Partial<Record<V, string>>;
}

const vocabulary = <const V extends string>(v: Vocabulary<V>): Vocabulary<V> => v;

export const sourceKinds = vocabulary({
  name: "SourceKind",
  description: "What kind of document a source is.",
  values: ["press_release", "fact_sheet", "annual_report", "crs_report", "court_record", "statute_text", "statistical_report", "news", "fact_check", "web_page"],
});

export const agencyKinds = vocabulary({
  name: "AgencyKind",
  description: "Where an agency sits in government, or outside it.",
  values: [
    "department",
    "component",
    "directorate",
    "field_office",
    "us_attorneys_office",
    "division",
    "section",
    "bureau",
    "legislative_agency",
    "state_or_local",
    "nongovernmental",
    "task_force",
  ],
  valueDescriptions: { task_force: "A joint task force of agencies at several levels of government, as the caseload data code it." },
});

export const chargeStages = vocabulary({
  name: "ChargeStage",
  description: "How far a charge has gone, as its sources state it.",
  values: ["indicted", "convicted", "convicted_plea", "convicted_trial", "acquitted", "dismissed", "pending"],
  valueDescriptions: { convicted: "Convicted, by a plea or verdict the source does not name." },
});

/** Stages of a charge that is still open: neither a conviction nor an end. */
export const pendingChargeStages: readonly (typeof chargeStages.values)[number][] = ["indicted", "pending"];

export const convictionMethods = vocabulary({
  name: "ConvictionMethod",
  description: "How a conviction came about.",
  values: ["plea", "trial", "unknown"],
});

export const claimQualifiers = vocabulary({
  name: "ClaimQualifier",
  description: "How a published figure qualifies its number.",
  values: ["exact", "more_than", "at_least", "about", "not_stated"],
});

export const offenseScopes = vocabulary({
  name: "OffenseScope",
  description: "Which offenses a published figure counts.",
  values: [
    "human_trafficking",
    "sex_trafficking_and_forced_labor",
    "child_sexual_exploitation",
    "human_trafficking_including_child_sexual_exploitation",
    "not_stated",
  ],
});

export const datePrecisions = vocabulary({
  name: "DatePrecision",
  description: "How precisely a source dates something.",
  values: ["day", "month", "year", "fiscal_year", "unknown"],
  valueDescriptions: { fiscal_year: "A federal fiscal year: FY2023 runs from 2022-10-01 to 2023-09-30." },
});

export const windowStatuses = vocabulary({
  name: "WindowStatus",
  description: "Where a dated fact falls against a date window, its date's precision respected.",
  values: ["in", "out", "imprecise", "unknown"],
  valueDescriptions: {
    in: "Certainly inside the window.",
    out: "Certainly outside.",
    imprecise: "Its date straddles an edge of the window (e.g. FY2023 against since 2023-01-01).",
    unknown: "No source dates it.",
  },
});

export const datedBy = vocabulary({
  name: "DatedBy",
  description: "Which event dates a conviction.",
  values: ["plea_or_verdict", "judgment"],
  valueDescriptions: { judgment: "No plea or verdict date; the judgment at sentencing dates it." },
});

export const statuteBases = vocabulary({
  name: "Basis",
  description: "How a charge relates to a statute or category: stated by the source, or inferred by us from its words.",
  values: ["stated", "inferred"],
});

export const termKinds = vocabulary({
  name: "TermKind",
  description: "How long a term of prison or supervised release is, as its sources state it.",
  values: ["months", "life", "time_served", "unknown"],
  valueDescriptions: {
    months: "A number of months, given beside it.",
    time_served: "The time already spent in custody: no further prison.",
    unknown: "No source read states it, or the sources disagree.",
  },
});

export const convictionSorts = vocabulary({
  name: "ConvictionSort",
  description: "The order of a list of convictions.",
  values: ["date_asc", "date_desc", "defendant_asc", "sentence_desc"],
  valueDescriptions: {
    sentence_desc: "Longest prison term first: life, then months from most to fewest, then time served, then unknown or no sentence.",
  },
});

export const victimAges = vocabulary({
  name: "VictimAge",
  description: "Whether a charge's sources say its victim was a minor or an adult.",
  values: ["minor", "adult", "not_stated"],
});

/**
 * How a fact is known: announced by a public document (a press release, a report, news),
 * docketed in a court record, or counted in bulk caseload data (LIONS), which names no one.
 * Counts never mix tiers without saying so: the named-case tally counts no counted record.
 */
export const linkStatuses = vocabulary({
  name: "LinkStatus",
  description: "Where a candidate link stands in review.",
  values: ["open", "accepted", "rejected"],
  valueDescriptions: {
    open: "Drawn by the rule, not yet judged.",
    accepted: "A reviewer judged the two convictions to be the same defendant's.",
    rejected: "A reviewer judged them not to be.",
  },
});

/** How far a press release reports a defendant's case has gone (src/ingest/doj/stage-in-sentence.ts reads it), furthest last. */
export const releaseStageValues = vocabulary({
  name: "ReleaseStage",
  description: "How far a press release reports a defendant's case has gone: the furthest stage it reports as done.",
  values: ["charged", "pleaded", "convicted_at_trial", "sentenced"],
  valueDescriptions: { charged: "Arrested, charged by complaint, or indicted: no conviction yet." },
});

export const creditRoles = vocabulary({
  name: "CreditRole",
  description: "How a press release credits an agency with the investigation.",
  values: ["lead", "partner", "unknown"],
  valueDescriptions: { unknown: "Credited, but the release does not say whether as the lead or a partner." },
});

export const candidateVerdicts = vocabulary({
  name: "CandidateVerdict",
  description: "A reviewer's judgement on a press-release candidate.",
  values: ["accepted", "rejected", "edited"],
  valueDescriptions: { edited: "Corrected some of its facts; the status stays as it was." },
});

export const evidenceTiers = ["announced", "docketed", "counted"] as const;
export type EvidenceTier = (typeof evidenceTiers)[number];

/** The tiers the named-case tally counts. */
export const namedCaseTiers: readonly EvidenceTier[] = ["announced", "docketed"];

/** Every vocabulary that schema.graphql declares as an enum, in the order it declares them. */
export const graphqlEnums: readonly Vocabulary[] = [
  sourceKinds,
  agencyKinds,
  chargeStages,
  convictionMethods,
  claimQualifiers,
  offenseScopes,
  datePrecisions,
  windowStatuses,
  datedBy,
  statuteBases,
  victimAges,
  termKinds,
  convictionSorts,
  linkStatuses,
  releaseStageValues,
  creditRoles,
  candidateVerdicts,
];

export type ValueOf<V extends Vocabulary> = V["values"][number];

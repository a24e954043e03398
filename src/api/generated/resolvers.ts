import type { GraphQLResolveInfo } from 'graphql';
import type { TallyParent } from '../resolvers/conviction-tally.ts';
import type { ConnectionParent } from '../pagination.ts';
import type { Agency as AgencyModel } from '../../graph/columns.ts';
import type { ApiContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

export type Agency = {
  __typename?: 'Agency';
  abbreviation: Maybe<Scalars['String']['output']>;
  citations: Array<Citation>;
  id: Scalars['ID']['output'];
  kind: AgencyKind;
  name: Scalars['String']['output'];
  /** The agency it is part of; null at the top of a hierarchy. */
  parentId: Maybe<Scalars['ID']['output']>;
  /** From the top of the hierarchy down to this agency, e.g. DHS, ICE, HSI, HSI Charleston. */
  path: Array<Scalars['String']['output']>;
};

/** Where an agency sits in government, or outside it. */
export type AgencyKind =
  | 'bureau'
  | 'component'
  | 'department'
  | 'directorate'
  | 'division'
  | 'field_office'
  | 'legislative_agency'
  | 'nongovernmental'
  | 'section'
  | 'state_or_local'
  /** A joint task force of agencies at several levels of government, as the caseload data code it. */
  | 'task_force'
  | 'us_attorneys_office';

/** How a charge relates to a statute or category: stated by the source, or inferred by us from its words. */
export type Basis =
  | 'inferred'
  | 'stated';

/** A charge a press release reports. */
export type CandidateCharge = {
  __typename?: 'CandidateCharge';
  basis: Maybe<Basis>;
  /** The offense category the words imply when the statute is not certain. */
  category: Maybe<Scalars['ID']['output']>;
  /** Why the words map to the statute or category, when inferred. */
  inference: Maybe<Scalars['String']['output']>;
  quote: Maybe<Quote>;
  /** The catalog statute: printed (STATED), or implied by the words (INFERRED); null when neither. */
  statute: Maybe<Scalars['ID']['output']>;
  /** The statute as printed, or the charge words. */
  words: Scalars['String']['output'];
};

/**
 * A candidate link: a named conviction and a counted one that may be the same defendant's. It is
 * an edge for review, never a merge; only an accepted judgement makes it count as a link.
 */
export type CandidateLink = {
  __typename?: 'CandidateLink';
  countedCitations: Array<Citation>;
  countedConviction: Maybe<Scalars['ID']['output']>;
  /** The named conviction's defendant as the sources name them. */
  defendantName: Maybe<Scalars['String']['output']>;
  /** False for a link judged before whose convictions changed since, so that the rule no longer draws it; its evidence is then null. */
  drawn: Scalars['Boolean']['output'];
  evidence: Maybe<LinkEvidence>;
  /** The named conviction's id and the counted one's key in the caseload data, joined by ~. */
  id: Scalars['ID']['output'];
  /** Oldest first. */
  judgements: Array<LinkJudgement>;
  namedCitations: Array<Citation>;
  namedConviction: Maybe<Scalars['ID']['output']>;
  /** The latest judgement's verdict, or OPEN. */
  status: LinkStatus;
};

/** A reviewer's judgement on a press-release candidate. */
export type CandidateVerdict =
  | 'accepted'
  /** Corrected some of its facts; the status stays as it was. */
  | 'edited'
  | 'rejected';

export type CaseRow = {
  __typename?: 'CaseRow';
  citations: Array<Citation>;
  district: Maybe<Scalars['String']['output']>;
  /** Why the district is inferred, when it is. */
  districtInferred: Maybe<Scalars['String']['output']>;
  docket: Maybe<Scalars['String']['output']>;
  investigation: Scalars['String']['output'];
  leadAgency: Agency;
  /** Agencies the sources name as partners in the investigation, by id. */
  partnerAgencies: Array<Agency>;
  prosecutionId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

/** What the caseload data count for the agency: the nearest agency at or above it with a caseload code (HSI's figures are ICE's, code HSCE). */
export type Caseload = {
  __typename?: 'Caseload';
  /** The agency the figures are for; null when no agency at or above the one asked about has a code (then there is no figure, not zero). */
  agency: Maybe<Scalars['ID']['output']>;
  caveats: Array<Scalars['String']['output']>;
  /** Its code in the caseload data, e.g. HSCE. */
  code: Maybe<Scalars['String']['output']>;
  programs: Array<CaseloadProgram>;
  /** The loaded releases the figures come from. */
  releases: Array<Source>;
};

/** How the convictions came about; the parts add up to convictionsLed. */
export type CaseloadHow = {
  __typename?: 'CaseloadHow';
  bench: Scalars['Int']['output'];
  jury: Scalars['Int']['output'];
  other: Scalars['Int']['output'];
  plea: Scalars['Int']['output'];
};

export type CaseloadProgram = {
  __typename?: 'CaseloadProgram';
  byHow: CaseloadHow;
  /** Over convictionsLed: each defendant once per distinct statute of its guilty counts, at the level printed. */
  byStatute: Array<CaseloadStatuteCount>;
  byYear: Array<CaseloadYearCount>;
  /** The program category code, e.g. 080. */
  code: Scalars['String']['output'];
  /** Defendants convicted in the window in cases the agency led (the lowest investigating participant). */
  convictionsLed: Scalars['Int']['output'];
  /** The same, with the agency as lead or partner. */
  convictionsParticipated: Scalars['Int']['output'];
  /** Coverage: of convictionsLed, those an accepted candidate link ties to a named case that a source supports (npm run review). */
  linkedToNamedCases: Scalars['Int']['output'];
  /** Its name in LIONS Appendix A; null for a code the project does not name. */
  name: Maybe<Scalars['String']['output']>;
  /** Led by the agency, but a guilty count has no date: neither in nor out of the window. */
  notPlaceable: Scalars['Int']['output'];
};

export type CaseloadStatuteCount = {
  __typename?: 'CaseloadStatuteCount';
  convictions: Scalars['Int']['output'];
  /** Coverage: of these convictions, those an accepted link ties to a named case. */
  linkedToNamedCases: Scalars['Int']['output'];
  statute: Scalars['String']['output'];
};

export type CaseloadYearCount = {
  __typename?: 'CaseloadYearCount';
  convictions: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type CategoryCount = {
  __typename?: 'CategoryCount';
  category: OffenseCategory;
  convictions: Scalars['Int']['output'];
  /** How many of them rest on inference alone: no charge of theirs in this category names its statute in a source's words. */
  inferred: Scalars['Int']['output'];
};

export type ChargeConnection = {
  __typename?: 'ChargeConnection';
  edges: Array<ChargeEdge>;
  pageInfo: PageInfo;
  /** All the charges of the list, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type ChargeEdge = {
  __typename?: 'ChargeEdge';
  cursor: Scalars['String']['output'];
  node: ChargeRow;
};

export type ChargeRow = {
  __typename?: 'ChargeRow';
  categories: Array<OffenseCategory>;
  citations: Array<Citation>;
  /** The charge in the source's words. */
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Why the words map to the statute or category, when inferred. */
  inference: Maybe<Scalars['String']['output']>;
  stage: ChargeStage;
  statute: Maybe<Statute>;
  statuteBasis: Maybe<Basis>;
  /** Whether the charge's sources say the victim was a minor or an adult: § 1591 is child or adult sex trafficking by this alone. */
  victimAge: VictimAge;
};

/** How far a charge has gone, as its sources state it. */
export type ChargeStage =
  | 'acquitted'
  /** Convicted, by a plea or verdict the source does not name. */
  | 'convicted'
  | 'convicted_plea'
  | 'convicted_trial'
  | 'dismissed'
  | 'indicted'
  | 'pending';

/** Where a source supports a fact. */
export type Citation = {
  __typename?: 'Citation';
  /** Section, paragraph or page. */
  locator: Scalars['String']['output'];
  source: Source;
  /** One line, in our own words, of what the source supports. */
  supports: Scalars['String']['output'];
};

/** One aspect in which a claim differs from the claim it restates. */
export type ClaimDifference = {
  __typename?: 'ClaimDifference';
  /** scope agency, offense scope, period, metric, value or qualifier */
  aspect: Scalars['String']['output'];
  /** This claim's value. */
  claim: Scalars['String']['output'];
  /** The restated claim's value. */
  restated: Scalars['String']['output'];
};

/** How a published figure qualifies its number. */
export type ClaimQualifier =
  | 'about'
  | 'at_least'
  | 'exact'
  | 'more_than'
  | 'not_stated';

export type ConvictionConnection = {
  __typename?: 'ConvictionConnection';
  edges: Array<ConvictionEdge>;
  pageInfo: PageInfo;
  /** All convictions that match the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type ConvictionEdge = {
  __typename?: 'ConvictionEdge';
  cursor: Scalars['String']['output'];
  node: ConvictionRow;
};

export type ConvictionFilter = {
  /** The lead investigating agency, by id or abbreviation in any case; its sub-offices count too. */
  agency?: InputMaybe<Scalars['ID']['input']>;
  /** Convicted on a charge in this offense category id. */
  category?: InputMaybe<Scalars['ID']['input']>;
  /** A federal judicial district: its id (sd-tex), abbreviation (S.D. Tex.), caseload-data code (TXS) or DOJ component. */
  district?: InputMaybe<Scalars['ID']['input']>;
  /** Only convictions certainly inside since..until (yyyy-mm-dd), dated as in convictionTally. */
  since?: InputMaybe<Scalars['String']['input']>;
  /** Convicted on a charge at this stage, e.g. CONVICTED_PLEA. */
  stage?: InputMaybe<ChargeStage>;
  /** Convicted on a charge under this statute id. */
  statute?: InputMaybe<Scalars['ID']['input']>;
  until?: InputMaybe<Scalars['String']['input']>;
};

/** How a conviction came about. */
export type ConvictionMethod =
  | 'plea'
  | 'trial'
  | 'unknown';

export type ConvictionRow = {
  __typename?: 'ConvictionRow';
  case: CaseRow;
  charges: Array<ChargeRow>;
  citations: Array<Citation>;
  /** The date that placed it (see datedBy). */
  date: PreciseDate;
  datedBy: Maybe<DatedBy>;
  defendant: Scalars['String']['output'];
  /** True when a source prints the defendant's name; otherwise an anonymous label is shown. */
  defendantNamed: Scalars['Boolean']['output'];
  /** How the conviction is known: announced (public documents read by hand) or, later, counted (caseload data). */
  evidenceTier: Scalars['String']['output'];
  /** The one family it counts under in byFamily: the first (by rank) of its charges' families; null when no charge has one. */
  family: Maybe<OffenseCategory>;
  id: Scalars['ID']['output'];
  method: ConvictionMethod;
  /** The sentence for this conviction (the earliest, when there are several); null when no source reports one. */
  sentence: Maybe<Sentence>;
  status: WindowStatus;
  /**
   * When the source that dates it prints the day without a year ("pleaded guilty July 30"):
   * that source's id. The year is the latest that puts the day on or before the source's
   * publication date; a source with no such date leaves the conviction undated.
   */
  yearFrom: Maybe<Scalars['ID']['output']>;
};

/** The order of a list of convictions. */
export type ConvictionSort =
  | 'date_asc'
  | 'date_desc'
  | 'defendant_asc'
  /** Longest prison term first: life, then months from most to fewest, then time served, then unknown or no sentence. */
  | 'sentence_desc';

/**
 * The question's answer. The numbers are counted in the database; the lists behind them are
 * fetched only when selected, a page at a time, each with its total.
 */
export type ConvictionTally = {
  __typename?: 'ConvictionTally';
  agency: Agency;
  /** Convictions in the window per offense category of the charges that match the filters (one conviction may count under several). */
  byCategory: Array<CategoryCount>;
  /** Each conviction in the window once, under its family (the first of its charges' families, by rank): these add up to convictionsInWindow. */
  byFamily: Array<FamilyCount>;
  /** Convictions in the window per statute of the charges that match the filters (one conviction may count under several). */
  byStatute: Array<StatuteCount>;
  /**
   * The population count from the U.S. Attorneys' caseload data (LIONS) loaded with
   * npm run ingest:lions (evidence tier counted, names withheld): per program, defendants
   * convicted in the window. Never part of convictionsInWindow.
   */
  caseload: Caseload;
  /** Behind the in-window count. */
  cases: Scalars['Int']['output'];
  /** Convictions certainly inside the window: a documented lower bound. */
  convictionsInWindow: Scalars['Int']['output'];
  districts: Scalars['Int']['output'];
  fieldOffices: Scalars['Int']['output'];
  /** The convictions counted in convictionsInWindow. */
  inWindow: ConvictionConnection;
  lowerBound: Scalars['Boolean']['output'];
  /** Convictions whose dates are too imprecise to place, or unknown. */
  notPlaceable: ConvictionConnection;
  /** Convictions whose dates straddle an edge of the window, or that no source dates. */
  notPlaceableCount: Scalars['Int']['output'];
  /** The convictions counted in partnerOnlyCount. */
  partnerOnly: ConvictionConnection;
  /**
   * Convictions in the window from cases where the agency (or a sub-office) was a partner
   * investigating agency and not the lead: not counted in convictionsInWindow.
   */
  partnerOnlyCount: Scalars['Int']['output'];
  /** Charges indicted or pending, not convictions. */
  pendingChargeCount: Scalars['Int']['output'];
  /** Charges indicted or pending, not convictions, by id. */
  pendingCharges: ChargeConnection;
  /** The counting rule, stated: a lower bound, dated by plea or verdict, else by the judgment. */
  rule: Scalars['String']['output'];
  since: Scalars['String']['output'];
  /** Agency conviction statistics that bear on the question, each with its caveats. */
  statistics: Array<Statistic>;
  /**
   * Not reviewed, so not counted above: the open press-release candidates that would add to
   * convictionsInWindow if accepted (npm run review, or acceptReleaseCandidate). Null unless
   * the request asks for it with includeUnreviewed: true.
   */
  unreviewed: Maybe<UnreviewedTally>;
  until: Maybe<Scalars['String']['output']>;
};


/**
 * The question's answer. The numbers are counted in the database; the lists behind them are
 * fetched only when selected, a page at a time, each with its total.
 */
export type ConvictionTallyCaseloadArgs = {
  programs?: InputMaybe<Array<Scalars['String']['input']>>;
};


/**
 * The question's answer. The numbers are counted in the database; the lists behind them are
 * fetched only when selected, a page at a time, each with its total.
 */
export type ConvictionTallyInWindowArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ConvictionSort>;
};


/**
 * The question's answer. The numbers are counted in the database; the lists behind them are
 * fetched only when selected, a page at a time, each with its total.
 */
export type ConvictionTallyNotPlaceableArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ConvictionSort>;
};


/**
 * The question's answer. The numbers are counted in the database; the lists behind them are
 * fetched only when selected, a page at a time, each with its total.
 */
export type ConvictionTallyPartnerOnlyArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ConvictionSort>;
};


/**
 * The question's answer. The numbers are counted in the database; the lists behind them are
 * fetched only when selected, a page at a time, each with its total.
 */
export type ConvictionTallyPendingChargesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** How a press release credits an agency with the investigation. */
export type CreditRole =
  | 'lead'
  | 'partner'
  /** Credited, but the release does not say whether as the lead or a partner. */
  | 'unknown';

/** An agency a press release credits with the investigation. */
export type CreditedAgency = {
  __typename?: 'CreditedAgency';
  /** The catalog agency it names; null when the catalog has none. */
  agency: Maybe<Scalars['ID']['output']>;
  /** As printed. */
  name: Scalars['String']['output'];
  quote: Maybe<Quote>;
  role: CreditRole;
};

export type DataVersion = {
  __typename?: 'DataVersion';
  /** SHA-256 over every imported record's id and content hash: it changes whenever anything is imported, changed or removed. */
  hash: Scalars['String']['output'];
  lastRetrieved: Maybe<Scalars['String']['output']>;
  /** How many records (nodes with an id) the graph holds. */
  records: Scalars['Int']['output'];
  /** How many sources, and the latest day one of them was read (yyyy-mm-dd): the data's as-of date. */
  sources: Scalars['Int']['output'];
};

/** How precisely a source dates something. */
export type DatePrecision =
  | 'day'
  /** A federal fiscal year: FY2023 runs from 2022-10-01 to 2023-09-30. */
  | 'fiscal_year'
  | 'month'
  | 'unknown'
  | 'year';

/** Which event dates a conviction. */
export type DatedBy =
  /** No plea or verdict date; the judgment at sentencing dates it. */
  | 'judgment'
  | 'plea_or_verdict';

/** A field a reviewer corrected, with the latest edit of it. */
export type EditedField = {
  __typename?: 'EditedField';
  at: Scalars['String']['output'];
  by: Scalars['String']['output'];
  /** The field, as named in ReleaseCandidateEdit. */
  field: Scalars['String']['output'];
  why: Scalars['String']['output'];
};

/** Convictions in the window under one family: each conviction counts once, under the first family of its charges, so the families add up to convictionsInWindow. */
export type FamilyCount = {
  __typename?: 'FamilyCount';
  convictions: Scalars['Int']['output'];
  /** Null for convictions whose charges have no family (no charge is stated). */
  family: Maybe<OffenseCategory>;
  /** How many of them rest on inference alone: no charge in the family names its statute in a source's words. */
  inferred: Scalars['Int']['output'];
};

export type ImportResult = {
  __typename?: 'ImportResult';
  created: Scalars['Int']['output'];
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

/** What the rule drew a candidate link from. */
export type LinkEvidence = {
  __typename?: 'LinkEvidence';
  /** The counted conviction's key in the caseload data: district code, case id, participant id. */
  caseloadKey: Scalars['String']['output'];
  countedDate: Scalars['String']['output'];
  countedPrison: Maybe<Scalars['String']['output']>;
  countedStatutes: Array<Scalars['ID']['output']>;
  /** Days between the two dates when both are days; null when one is not (then their ranges overlap). */
  daysApart: Maybe<Scalars['Int']['output']>;
  /** The district both convictions are in. */
  district: Scalars['ID']['output'];
  namedDate: Scalars['String']['output'];
  /** life, or a number of months; null when that side gives no prison term (then prison is not compared). */
  namedPrison: Maybe<Scalars['String']['output']>;
  /** The overlapping statutes, pair by pair: the named side's and the counted side's (the same, or one a subsection of the other). */
  namedStatutes: Array<Scalars['ID']['output']>;
  /** True when every overlapping statute of the named side was inferred from its charge words. */
  namedStatutesInferred: Scalars['Boolean']['output'];
};

/** A reviewer's judgement on a candidate link. */
export type LinkJudgement = {
  __typename?: 'LinkJudgement';
  /** When, as an ISO date-time. */
  at: Scalars['String']['output'];
  /** Who made it: --as on the command line, or the write token's label through the API. */
  by: Scalars['String']['output'];
  verdict: LinkStatus;
  why: Scalars['String']['output'];
};

/** Where a candidate link stands in review. */
export type LinkStatus =
  /** A reviewer judged the two convictions to be the same defendant's. */
  | 'accepted'
  /** Drawn by the rule, not yet judged. */
  | 'open'
  /** A reviewer judged them not to be. */
  | 'rejected';

/**
 * Writes need the header Authorization: Bearer <API_WRITE_TOKEN>. They are validated exactly
 * as `npm run import` validates seed files, and all or nothing is written.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Judges a candidate link: the two convictions are the same defendant's. Recorded with the write token's label as who, the time, and why (required). */
  acceptLink: LinkJudgement;
  /**
   * Accepts a press-release candidate: its facts become a case (evidence tier announced, citing
   * the release, with the words as the locator) and count in the tally. Recorded with the write
   * token's label as who, the time, and why (required). Refused, with every problem and nothing
   * written, when the candidate lacks what a case needs (its `missing`: a district, a lead
   * agency); edit it first. Returns the candidate as it now stands.
   */
  acceptReleaseCandidate: ReleaseCandidate;
  /**
   * Adds a source and the facts that cite it: one document in the seed format (YAML, or JSON),
   * holding at least one source. Every fact must cite a source.
   */
  addSource: ImportResult;
  /**
   * Corrects a press-release candidate's facts before (or after) accepting it: each field given
   * replaces the extractor's reading and is cited as the reviewer's correction; null clears a
   * field that may be empty. The status does not change. Refused (BAD_USER_INPUT, argument
   * changes) with every problem at once, such as an id the catalog does not hold (with the
   * closest ids), and then nothing is written. Recorded like acceptReleaseCandidate.
   */
  editReleaseCandidate: ReleaseCandidate;
  /** Judges a candidate link: the two convictions are not the same defendant's. Recorded like acceptLink. */
  rejectLink: LinkJudgement;
  /** Rejects a press-release candidate, keeping the reason; an accepted one leaves the tally. Recorded like acceptReleaseCandidate. */
  rejectReleaseCandidate: ReleaseCandidate;
  /** Marks a source retracted, and lists the facts left with no other source. */
  retractSource: RetractResult;
};


/**
 * Writes need the header Authorization: Bearer <API_WRITE_TOKEN>. They are validated exactly
 * as `npm run import` validates seed files, and all or nothing is written.
 */
export type MutationAcceptLinkArgs = {
  id: Scalars['ID']['input'];
  why: Scalars['String']['input'];
};


/**
 * Writes need the header Authorization: Bearer <API_WRITE_TOKEN>. They are validated exactly
 * as `npm run import` validates seed files, and all or nothing is written.
 */
export type MutationAcceptReleaseCandidateArgs = {
  id: Scalars['ID']['input'];
  why: Scalars['String']['input'];
};


/**
 * Writes need the header Authorization: Bearer <API_WRITE_TOKEN>. They are validated exactly
 * as `npm run import` validates seed files, and all or nothing is written.
 */
export type MutationAddSourceArgs = {
  document: Scalars['String']['input'];
};


/**
 * Writes need the header Authorization: Bearer <API_WRITE_TOKEN>. They are validated exactly
 * as `npm run import` validates seed files, and all or nothing is written.
 */
export type MutationEditReleaseCandidateArgs = {
  changes: ReleaseCandidateEdit;
  id: Scalars['ID']['input'];
  why: Scalars['String']['input'];
};


/**
 * Writes need the header Authorization: Bearer <API_WRITE_TOKEN>. They are validated exactly
 * as `npm run import` validates seed files, and all or nothing is written.
 */
export type MutationRejectLinkArgs = {
  id: Scalars['ID']['input'];
  why: Scalars['String']['input'];
};


/**
 * Writes need the header Authorization: Bearer <API_WRITE_TOKEN>. They are validated exactly
 * as `npm run import` validates seed files, and all or nothing is written.
 */
export type MutationRejectReleaseCandidateArgs = {
  id: Scalars['ID']['input'];
  why: Scalars['String']['input'];
};


/**
 * Writes need the header Authorization: Bearer <API_WRITE_TOKEN>. They are validated exactly
 * as `npm run import` validates seed files, and all or nothing is written.
 */
export type MutationRetractSourceArgs = {
  id: Scalars['ID']['input'];
};

/**
 * An offense family: the project's grouping of statutes (seed/reference/offense-categories.yaml).
 * The answer counts each conviction once, under the first family (by rank) of its charges.
 */
export type OffenseCategory = {
  __typename?: 'OffenseCategory';
  /** Whether the answer's broad scope, child sexual exploitation, takes in this family. */
  childSexualExploitation: Scalars['Boolean']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The family's place in the answer's order; a conviction counts under its charges' first family. Null: unranked, after every ranked family. */
  rank: Maybe<Scalars['Int']['output']>;
};

/** Which offenses a published figure counts. */
export type OffenseScope =
  | 'child_sexual_exploitation'
  | 'human_trafficking'
  | 'human_trafficking_including_child_sexual_exploitation'
  | 'not_stated'
  | 'sex_trafficking_and_forced_labor';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A date as a source states it, with its precision and the interval it may fall in. */
export type PreciseDate = {
  __typename?: 'PreciseDate';
  /** First and last possible day (yyyy-mm-dd); null when unknown. */
  from: Maybe<Scalars['String']['output']>;
  precision: DatePrecision;
  /** As written: 2024-05-30, 2023-12, 2023, FY2023 or unknown. */
  text: Scalars['String']['output'];
  to: Maybe<Scalars['String']['output']>;
};

/** A DOJ press release, as the API gave it. */
export type PressRelease = {
  __typename?: 'PressRelease';
  /** The DOJ component that issued it, e.g. USAO - Texas, Southern. */
  component: Maybe<Scalars['String']['output']>;
  /** The day it was published (yyyy-mm-dd); null when the API gave no date. */
  published: Maybe<Scalars['String']['output']>;
  /** The day it was read. */
  retrieved: Scalars['String']['output'];
  title: Scalars['String']['output'];
  url: Scalars['String']['output'];
  uuid: Scalars['ID']['output'];
};

/** A case as a tree, from the investigation down to the sentences, every node with its sources. */
export type Provenance = {
  __typename?: 'Provenance';
  /** The id asked about. */
  focus: Scalars['ID']['output'];
  /** What it is: Investigation, Prosecution, Defendant, Charge, Conviction or Sentence. */
  focusLabel: Scalars['String']['output'];
  investigation: ProvenanceInvestigation;
};

export type ProvenanceConviction = {
  __typename?: 'ProvenanceConviction';
  /** The charges (of the same defendant) it is on. */
  chargeIds: Array<Scalars['ID']['output']>;
  citations: Array<Citation>;
  /** The plea or verdict date, as its sources give it. */
  date: PreciseDate;
  id: Scalars['ID']['output'];
  method: ConvictionMethod;
  sentences: Array<Sentence>;
};

export type ProvenanceDefendant = {
  __typename?: 'ProvenanceDefendant';
  /** Every charge against the defendant, at whatever stage. */
  charges: Array<ChargeRow>;
  citations: Array<Citation>;
  convictions: Array<ProvenanceConviction>;
  id: Scalars['ID']['output'];
  /** The name a source prints, or an anonymous label such as "defendant 3 of 4". */
  name: Scalars['String']['output'];
  named: Scalars['Boolean']['output'];
  /** Sentences whose sources do not say which conviction they are for. */
  otherSentences: Array<Sentence>;
};

export type ProvenanceInvestigation = {
  __typename?: 'ProvenanceInvestigation';
  citations: Array<Citation>;
  id: Scalars['ID']['output'];
  leadAgency: Agency;
  /** The agencies above the lead agency, from its parent up to the top of the hierarchy. */
  leadAgencyParents: Array<Agency>;
  opened: PreciseDate;
  operationName: Maybe<Scalars['String']['output']>;
  partnerAgencies: Array<Agency>;
  prosecutions: Array<ProvenanceProsecution>;
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type ProvenanceProsecution = {
  __typename?: 'ProvenanceProsecution';
  citations: Array<Citation>;
  defendants: Array<ProvenanceDefendant>;
  district: Maybe<Scalars['String']['output']>;
  districtId: Maybe<Scalars['ID']['output']>;
  /** Why the district is inferred, when it is. */
  districtInferred: Maybe<Scalars['String']['output']>;
  docket: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

/** One fact: what it says, its date and the sources that support it. */
export type ProvenanceStep = {
  __typename?: 'ProvenanceStep';
  citations: Array<Citation>;
  date: Maybe<PreciseDate>;
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  /** What the fact says, in short. */
  summary: Scalars['String']['output'];
};

/**
 * A provenance graph of federal child-trafficking enforcement: agencies, investigations,
 * defendants, charges, convictions, and the public documents that state each of them.
 * Every fact carries its citations; what no source states is null or UNKNOWN.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * Every agency, as a flat list in the order of the hierarchy: each agency comes after its
   * parent, siblings by name. `parentId` and `path` give the hierarchy.
   */
  agencies: Array<Agency>;
  /** One link by id, with every judgement on it. An id that names no link is refused with the closest ids. */
  candidateLink: CandidateLink;
  /**
   * The review queue: candidate links between a named conviction (a press release's, a court
   * record's) and a counted one (the caseload data's, which names no one), each with the evidence
   * the rule drew it from (docs/model.md, Candidate links). Open ones by default; null gives all.
   */
  candidateLinks: Array<CandidateLink>;
  /**
   * Agency statistics and other published figures (claims), filtered by who made them, what
   * they count and whose work they count. Caveats are stated against the question given by
   * since, until and agency; discrepancies against the claim each one restates.
   */
  claims: Array<Statistic>;
  /**
   * The question: convictions from an agency's investigations (its sub-offices included) in a
   * date window, as a documented lower bound, with what cannot be placed, what is pending, the
   * breakdown by statute and category, the cases and sources behind each number, and the
   * agency statistics that bear on it with their caveats.
   */
  convictionTally: ConvictionTally;
  /** Convictions, filtered and sorted, a page at a time (cursor pagination with the total). */
  convictions: ConvictionConnection;
  /** Which data the graph holds: a version that changes whenever anything is imported, and the day the newest source was read. */
  dataVersion: DataVersion;
  /** One fact by id: what it says, its date and its citations. */
  lookup: Maybe<ProvenanceStep>;
  /**
   * The provenance of a fact of a case, as the whole case: asked from any of its nodes (an
   * investigation, prosecution, defendant, charge, conviction or sentence), the same tree, with
   * the sources of every node, and `focus` naming the node asked for. Null when no node has the
   * id; an error when the node is not part of a case (an agency, a source, a statute).
   */
  provenance: Maybe<Provenance>;
  /** One press-release candidate by id, with every judgement on it. An id that names no candidate is refused (BAD_USER_INPUT, argument id) with the closest ids. */
  releaseCandidate: ReleaseCandidate;
  /**
   * The review queue's press-release candidates (npm run ingest:doj stores one per defendant of
   * each release), with their facts as reviewed so far, by district, release date and id. Open
   * ones by default; null gives all. None counts anywhere until a reviewer accepts it.
   */
  releaseCandidates: Array<ReleaseCandidate>;
  /** The state of the graph's schema: the migration version it holds and the one this server expects. */
  schemaStatus: SchemaStatus;
  /** Text search over the names and titles of agencies, districts, investigations, defendants, statutes, categories, sources and claims (fulltext index). Every word of `text` is a plain word: AND, OR, NOT, quotes, `*`, `?`, `~`, `:` and brackets are not operators. A name matches when it holds any of the words, and those holding more come first; a word joined by punctuation (`foo-bar`) matches its parts side by side. Refused with BAD_USER_INPUT when `text` has no letter or digit, or more than 500 characters. */
  search: Array<SearchHit>;
  /** From a source, everything it supports, and what would lose all support if it were retracted. */
  sourceImpact: Maybe<SourceImpact>;
};


/**
 * A provenance graph of federal child-trafficking enforcement: agencies, investigations,
 * defendants, charges, convictions, and the public documents that state each of them.
 * Every fact carries its citations; what no source states is null or UNKNOWN.
 */
export type QueryCandidateLinkArgs = {
  id: Scalars['ID']['input'];
};


/**
 * A provenance graph of federal child-trafficking enforcement: agencies, investigations,
 * defendants, charges, convictions, and the public documents that state each of them.
 * Every fact carries its citations; what no source states is null or UNKNOWN.
 */
export type QueryCandidateLinksArgs = {
  status?: InputMaybe<LinkStatus>;
};


/**
 * A provenance graph of federal child-trafficking enforcement: agencies, investigations,
 * defendants, charges, convictions, and the public documents that state each of them.
 * Every fact carries its citations; what no source states is null or UNKNOWN.
 */
export type QueryClaimsArgs = {
  agency?: Scalars['ID']['input'];
  claimant: InputMaybe<Scalars['ID']['input']>;
  metric: InputMaybe<Scalars['String']['input']>;
  period: InputMaybe<Scalars['String']['input']>;
  scopeAgency: InputMaybe<Scalars['ID']['input']>;
  since?: Scalars['String']['input'];
  until: InputMaybe<Scalars['String']['input']>;
};


/**
 * A provenance graph of federal child-trafficking enforcement: agencies, investigations,
 * defendants, charges, convictions, and the public documents that state each of them.
 * Every fact carries its citations; what no source states is null or UNKNOWN.
 */
export type QueryConvictionTallyArgs = {
  agency?: Scalars['ID']['input'];
  categories: InputMaybe<Array<Scalars['ID']['input']>>;
  includeUnreviewed?: InputMaybe<Scalars['Boolean']['input']>;
  since: Scalars['String']['input'];
  statutes: InputMaybe<Array<Scalars['ID']['input']>>;
  until: InputMaybe<Scalars['String']['input']>;
};


/**
 * A provenance graph of federal child-trafficking enforcement: agencies, investigations,
 * defendants, charges, convictions, and the public documents that state each of them.
 * Every fact carries its citations; what no source states is null or UNKNOWN.
 */
export type QueryConvictionsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<ConvictionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ConvictionSort>;
};


/**
 * A provenance graph of federal child-trafficking enforcement: agencies, investigations,
 * defendants, charges, convictions, and the public documents that state each of them.
 * Every fact carries its citations; what no source states is null or UNKNOWN.
 */
export type QueryLookupArgs = {
  id: Scalars['ID']['input'];
};


/**
 * A provenance graph of federal child-trafficking enforcement: agencies, investigations,
 * defendants, charges, convictions, and the public documents that state each of them.
 * Every fact carries its citations; what no source states is null or UNKNOWN.
 */
export type QueryProvenanceArgs = {
  id: Scalars['ID']['input'];
};


/**
 * A provenance graph of federal child-trafficking enforcement: agencies, investigations,
 * defendants, charges, convictions, and the public documents that state each of them.
 * Every fact carries its citations; what no source states is null or UNKNOWN.
 */
export type QueryReleaseCandidateArgs = {
  id: Scalars['ID']['input'];
};


/**
 * A provenance graph of federal child-trafficking enforcement: agencies, investigations,
 * defendants, charges, convictions, and the public documents that state each of them.
 * Every fact carries its citations; what no source states is null or UNKNOWN.
 */
export type QueryReleaseCandidatesArgs = {
  status?: InputMaybe<LinkStatus>;
};


/**
 * A provenance graph of federal child-trafficking enforcement: agencies, investigations,
 * defendants, charges, convictions, and the public documents that state each of them.
 * Every fact carries its citations; what no source states is null or UNKNOWN.
 */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


/**
 * A provenance graph of federal child-trafficking enforcement: agencies, investigations,
 * defendants, charges, convictions, and the public documents that state each of them.
 * Every fact carries its citations; what no source states is null or UNKNOWN.
 */
export type QuerySourceImpactArgs = {
  id: Scalars['ID']['input'];
};

/** Words of a press release and where they are: character offsets into the release's text (its title, a blank line, then the body as text). */
export type Quote = {
  __typename?: 'Quote';
  end: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

/**
 * A press-release candidate: one defendant of one DOJ press release, as the extractor read them
 * (docs/model.md, Press releases), with a reviewer's edits applied. Its id is rc-, the
 * release's uuid and the defendant's name. Each fact read from the release has its quote: the
 * words and their offsets in the release's text (its title, a blank line, then the body as
 * text). A quote is null when the release gives no words for the fact, or when a reviewer
 * edited the field (`edited` says who and why).
 */
export type ReleaseCandidate = {
  __typename?: 'ReleaseCandidate';
  /** Every agency the release credits, as printed, with its role. */
  agencies: Array<CreditedAgency>;
  charges: Array<CandidateCharge>;
  /** The district (id); null when the release names none. */
  district: Maybe<Scalars['ID']['output']>;
  districtQuote: Maybe<Quote>;
  /** The fields a reviewer changed, each with its latest edit. */
  edited: Array<EditedField>;
  /** The extractor that read it. */
  extractorVersion: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Oldest first. */
  judgements: Array<ReleaseCandidateJudgement>;
  /** The lead agency (id): the one the release credits as the lead, unless a reviewer named another; null when none. */
  leadAgency: Maybe<Scalars['ID']['output']>;
  life: Scalars['Boolean']['output'];
  /** Plea or trial, from the stage unless a reviewer set it; UNKNOWN for a sentencing release that does not say. */
  method: ConvictionMethod;
  /** What it lacks to be accepted (a district, a lead agency), in words with the edit that gives it; empty when it may be accepted. */
  missing: Array<Scalars['String']['output']>;
  /** The defendant as printed. */
  name: Scalars['String']['output'];
  nameQuote: Maybe<Quote>;
  partnerAgencies: Array<Scalars['ID']['output']>;
  /** The plea or verdict date (yyyy-mm-dd, or less precise); null when the release gives none. */
  pleaOrVerdictDate: Maybe<Scalars['String']['output']>;
  pleaOrVerdictDateQuote: Maybe<Quote>;
  /** True when the release prints the day without a year, and the year is the latest that puts it on or before the release's date. */
  pleaOrVerdictDateYearFromRelease: Scalars['Boolean']['output'];
  /** Months in prison; null when the release gives no term (or the term is life). */
  prisonMonths: Maybe<Scalars['Int']['output']>;
  prisonQuote: Maybe<Quote>;
  release: PressRelease;
  /** The sentencing date; null when the release gives none. */
  sentenceDate: Maybe<Scalars['String']['output']>;
  sentenceDateQuote: Maybe<Quote>;
  sentenceDateYearFromRelease: Scalars['Boolean']['output'];
  stage: ReleaseStage;
  stageQuote: Maybe<Quote>;
  /** The latest accept or reject, or OPEN. */
  status: LinkStatus;
};

/** What a reviewer may correct on a press-release candidate; give at least one field. Null clears a field that may be empty. */
export type ReleaseCandidateEdit = {
  /** A district id (sd-tex). */
  district?: InputMaybe<Scalars['ID']['input']>;
  /** An agency id (hsi). */
  leadAgency?: InputMaybe<Scalars['ID']['input']>;
  life?: InputMaybe<Scalars['Boolean']['input']>;
  method?: InputMaybe<ConvictionMethod>;
  /** The defendant's name; not empty. */
  name?: InputMaybe<Scalars['String']['input']>;
  partnerAgencies?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A date as 2024-05-30, 2023-12, 2023, FY2023 or unknown. */
  pleaOrVerdictDate?: InputMaybe<Scalars['String']['input']>;
  /** Zero or more. */
  prisonMonths?: InputMaybe<Scalars['Int']['input']>;
  sentenceDate?: InputMaybe<Scalars['String']['input']>;
  stage?: InputMaybe<ReleaseStage>;
  /** Statute ids (18-usc-2251): they replace the charges read. */
  statutes?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** A reviewer's judgement on a press-release candidate. */
export type ReleaseCandidateJudgement = {
  __typename?: 'ReleaseCandidateJudgement';
  /** When, as an ISO date-time. */
  at: Scalars['String']['output'];
  /** Who made it: --as on the command line, or the write token's label through the API. */
  by: Scalars['String']['output'];
  /** For an edit: the fields changed, as JSON (the fields of ReleaseCandidateEdit); null otherwise. */
  changes: Maybe<Scalars['String']['output']>;
  verdict: CandidateVerdict;
  /** Why, in the reviewer's words. */
  why: Scalars['String']['output'];
};

/** How far a press release reports a defendant's case has gone: the furthest stage it reports as done. */
export type ReleaseStage =
  /** Arrested, charged by complaint, or indicted: no conviction yet. */
  | 'charged'
  | 'convicted_at_trial'
  | 'pleaded'
  | 'sentenced';

/** The claim a statistic repeats. */
export type RestatedClaim = {
  __typename?: 'RestatedClaim';
  citations: Array<Citation>;
  id: Scalars['ID']['output'];
  /** Why we link the two claims, in our words. */
  note: Scalars['String']['output'];
  statement: Scalars['String']['output'];
};

export type RetractResult = {
  __typename?: 'RetractResult';
  source: Source;
  /** Facts that now have no unretracted source. */
  unsupported: Array<SupportedFact>;
};

export type SchemaStatus = {
  __typename?: 'SchemaStatus';
  /** Newest migration version this server ships (cypher/migrations). */
  expectedVersion: Scalars['Int']['output'];
  /** Migration version recorded in the graph (0 before the first migration). */
  version: Scalars['Int']['output'];
};

export type SearchHit = {
  __typename?: 'SearchHit';
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  score: Scalars['Float']['output'];
  summary: Scalars['String']['output'];
};

/** A sentence as its sources give it. */
export type Sentence = {
  __typename?: 'Sentence';
  citations: Array<Citation>;
  /** The date of the judgment. */
  date: PreciseDate;
  id: Scalars['ID']['output'];
  prison: Term;
  /** Restitution ordered, in US dollars; null when no source read states an amount. */
  restitutionUsd: Maybe<Scalars['Float']['output']>;
  supervisedRelease: Term;
};

export type Source = {
  __typename?: 'Source';
  id: Scalars['ID']['output'];
  kind: SourceKind;
  /** The original publisher, when the page read is a mirror. */
  mirrorOfPublisher: Maybe<Scalars['String']['output']>;
  mirrorOfUrl: Maybe<Scalars['String']['output']>;
  published: PreciseDate;
  /** The organisation when the page names it, otherwise the site's domain; null when unknown. */
  publisher: Maybe<Scalars['String']['output']>;
  /** True once retracted: it no longer supports anything. */
  retracted: Scalars['Boolean']['output'];
  retrieved: PreciseDate;
  title: Scalars['String']['output'];
  /** The page read; null when no URL is known. */
  url: Maybe<Scalars['String']['output']>;
};

export type SourceImpact = {
  __typename?: 'SourceImpact';
  source: Source;
  supports: Array<SupportedFact>;
  /** Facts that would lose all support if this source were retracted. */
  wouldLoseAllSupport: Scalars['Int']['output'];
};

/** What kind of document a source is. */
export type SourceKind =
  | 'annual_report'
  | 'court_record'
  | 'crs_report'
  | 'fact_check'
  | 'fact_sheet'
  | 'news'
  | 'press_release'
  | 'statistical_report'
  | 'statute_text'
  | 'web_page';

export type Statistic = {
  __typename?: 'Statistic';
  /** Why this figure does not answer the question as asked (scope, period, offense, qualifier). */
  caveats: Array<Scalars['String']['output']>;
  citations: Array<Citation>;
  /** Who makes the claim: an agency or a source's name. */
  claimant: Scalars['String']['output'];
  /** When a source (not an agency) makes the claim, its kind, e.g. fact_check. */
  claimantSourceKind: Maybe<Scalars['String']['output']>;
  /** The same, one aspect each, with both values. */
  differences: Array<ClaimDifference>;
  /** Aspects in which this claim differs from the claim it restates. */
  discrepancies: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  metric: Scalars['String']['output'];
  period: PreciseDate;
  qualifier: ClaimQualifier;
  restates: Maybe<RestatedClaim>;
  scopeAgency: Agency;
  scopeOffense: OffenseScope;
  statement: Scalars['String']['output'];
  value: Maybe<Scalars['Int']['output']>;
  valueText: Maybe<Scalars['String']['output']>;
};

export type Statute = {
  __typename?: 'Statute';
  id: Scalars['ID']['output'];
  section: Scalars['String']['output'];
  subsection: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type StatuteCount = {
  __typename?: 'StatuteCount';
  convictions: Scalars['Int']['output'];
  /** How many of them rest on inference alone: no source names the statute of their charges under it. */
  inferred: Scalars['Int']['output'];
  /** Null for charges whose statute is unknown (counted under their inferred category). */
  statute: Maybe<Statute>;
};

export type SupportedFact = {
  __typename?: 'SupportedFact';
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  locator: Scalars['String']['output'];
  /** True when no other source supports this fact: it would lose all support if the source were retracted. */
  soleSupport: Scalars['Boolean']['output'];
  summary: Scalars['String']['output'];
  supports: Scalars['String']['output'];
};

/** A term of prison or supervised release: a number of months, life, time served, or unknown. */
export type Term = {
  __typename?: 'Term';
  kind: TermKind;
  /** The number of months when kind is MONTHS; otherwise null. */
  months: Maybe<Scalars['Int']['output']>;
};

/** How long a term of prison or supervised release is, as its sources state it. */
export type TermKind =
  | 'life'
  /** A number of months, given beside it. */
  | 'months'
  /** The time already spent in custody: no further prison. */
  | 'time_served'
  /** No source read states it, or the sources disagree. */
  | 'unknown';

/**
 * The open press-release candidates that would count in the tally if a reviewer accepted them:
 * past charged, led by the agency asked about (or a sub-office), and dated by the tally's rule.
 * Never counted in the tally's figures; given only with includeUnreviewed: true.
 */
export type UnreviewedTally = {
  __typename?: 'UnreviewedTally';
  /** The candidates behind count, each with status OPEN. */
  candidates: Array<ReleaseCandidate>;
  /** Open candidates whose date is certainly inside the window. */
  count: Scalars['Int']['output'];
  notPlaceable: Array<ReleaseCandidate>;
  /** Open candidates whose date straddles an edge of the window, or that the release does not date. */
  notPlaceableCount: Scalars['Int']['output'];
};

/** Whether a charge's sources say its victim was a minor or an adult. */
export type VictimAge =
  | 'adult'
  | 'minor'
  | 'not_stated';

/** Where a dated fact falls against a date window, its date's precision respected. */
export type WindowStatus =
  /** Its date straddles an edge of the window (e.g. FY2023 against since 2023-01-01). */
  | 'imprecise'
  /** Certainly inside the window. */
  | 'in'
  /** Certainly outside. */
  | 'out'
  /** No source dates it. */
  | 'unknown';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Agency: ResolverTypeWrapper<AgencyModel>;
  AgencyKind: null;
  Basis: null;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CandidateCharge: ResolverTypeWrapper<CandidateCharge>;
  CandidateLink: ResolverTypeWrapper<CandidateLink>;
  CandidateVerdict: null;
  CaseRow: ResolverTypeWrapper<Omit<CaseRow, 'leadAgency' | 'partnerAgencies'> & { leadAgency: ResolversTypes['Agency'], partnerAgencies: Array<ResolversTypes['Agency']> }>;
  Caseload: ResolverTypeWrapper<Caseload>;
  CaseloadHow: ResolverTypeWrapper<CaseloadHow>;
  CaseloadProgram: ResolverTypeWrapper<CaseloadProgram>;
  CaseloadStatuteCount: ResolverTypeWrapper<CaseloadStatuteCount>;
  CaseloadYearCount: ResolverTypeWrapper<CaseloadYearCount>;
  CategoryCount: ResolverTypeWrapper<CategoryCount>;
  ChargeConnection: ResolverTypeWrapper<ConnectionParent<ResolversTypes['ChargeRow']>>;
  ChargeEdge: ResolverTypeWrapper<ChargeEdge>;
  ChargeRow: ResolverTypeWrapper<ChargeRow>;
  ChargeStage: null;
  Citation: ResolverTypeWrapper<Citation>;
  ClaimDifference: ResolverTypeWrapper<ClaimDifference>;
  ClaimQualifier: null;
  ConvictionConnection: ResolverTypeWrapper<ConnectionParent<ResolversTypes['ConvictionRow']>>;
  ConvictionEdge: ResolverTypeWrapper<Omit<ConvictionEdge, 'node'> & { node: ResolversTypes['ConvictionRow'] }>;
  ConvictionFilter: ConvictionFilter;
  ConvictionMethod: null;
  ConvictionRow: ResolverTypeWrapper<Omit<ConvictionRow, 'case'> & { case: ResolversTypes['CaseRow'] }>;
  ConvictionSort: null;
  ConvictionTally: ResolverTypeWrapper<TallyParent>;
  CreditRole: null;
  CreditedAgency: ResolverTypeWrapper<CreditedAgency>;
  DataVersion: ResolverTypeWrapper<DataVersion>;
  DatePrecision: null;
  DatedBy: null;
  EditedField: ResolverTypeWrapper<EditedField>;
  FamilyCount: ResolverTypeWrapper<FamilyCount>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportResult: ResolverTypeWrapper<ImportResult>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LinkEvidence: ResolverTypeWrapper<LinkEvidence>;
  LinkJudgement: ResolverTypeWrapper<LinkJudgement>;
  LinkStatus: null;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OffenseCategory: ResolverTypeWrapper<OffenseCategory>;
  OffenseScope: null;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PreciseDate: ResolverTypeWrapper<PreciseDate>;
  PressRelease: ResolverTypeWrapper<PressRelease>;
  Provenance: ResolverTypeWrapper<Omit<Provenance, 'investigation'> & { investigation: ResolversTypes['ProvenanceInvestigation'] }>;
  ProvenanceConviction: ResolverTypeWrapper<ProvenanceConviction>;
  ProvenanceDefendant: ResolverTypeWrapper<ProvenanceDefendant>;
  ProvenanceInvestigation: ResolverTypeWrapper<Omit<ProvenanceInvestigation, 'leadAgency' | 'leadAgencyParents' | 'partnerAgencies'> & { leadAgency: ResolversTypes['Agency'], leadAgencyParents: Array<ResolversTypes['Agency']>, partnerAgencies: Array<ResolversTypes['Agency']> }>;
  ProvenanceProsecution: ResolverTypeWrapper<ProvenanceProsecution>;
  ProvenanceStep: ResolverTypeWrapper<ProvenanceStep>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Quote: ResolverTypeWrapper<Quote>;
  ReleaseCandidate: ResolverTypeWrapper<ReleaseCandidate>;
  ReleaseCandidateEdit: ReleaseCandidateEdit;
  ReleaseCandidateJudgement: ResolverTypeWrapper<ReleaseCandidateJudgement>;
  ReleaseStage: null;
  RestatedClaim: ResolverTypeWrapper<RestatedClaim>;
  RetractResult: ResolverTypeWrapper<RetractResult>;
  SchemaStatus: ResolverTypeWrapper<SchemaStatus>;
  SearchHit: ResolverTypeWrapper<SearchHit>;
  Sentence: ResolverTypeWrapper<Sentence>;
  Source: ResolverTypeWrapper<Source>;
  SourceImpact: ResolverTypeWrapper<SourceImpact>;
  SourceKind: null;
  Statistic: ResolverTypeWrapper<Omit<Statistic, 'scopeAgency'> & { scopeAgency: ResolversTypes['Agency'] }>;
  Statute: ResolverTypeWrapper<Statute>;
  StatuteCount: ResolverTypeWrapper<StatuteCount>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SupportedFact: ResolverTypeWrapper<SupportedFact>;
  Term: ResolverTypeWrapper<Term>;
  TermKind: null;
  UnreviewedTally: ResolverTypeWrapper<UnreviewedTally>;
  VictimAge: null;
  WindowStatus: null;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Agency: AgencyModel;
  Boolean: Scalars['Boolean']['output'];
  CandidateCharge: CandidateCharge;
  CandidateLink: CandidateLink;
  CaseRow: Omit<CaseRow, 'leadAgency' | 'partnerAgencies'> & { leadAgency: ResolversParentTypes['Agency'], partnerAgencies: Array<ResolversParentTypes['Agency']> };
  Caseload: Caseload;
  CaseloadHow: CaseloadHow;
  CaseloadProgram: CaseloadProgram;
  CaseloadStatuteCount: CaseloadStatuteCount;
  CaseloadYearCount: CaseloadYearCount;
  CategoryCount: CategoryCount;
  ChargeConnection: ConnectionParent<ResolversTypes['ChargeRow']>;
  ChargeEdge: ChargeEdge;
  ChargeRow: ChargeRow;
  Citation: Citation;
  ClaimDifference: ClaimDifference;
  ConvictionConnection: ConnectionParent<ResolversTypes['ConvictionRow']>;
  ConvictionEdge: Omit<ConvictionEdge, 'node'> & { node: ResolversParentTypes['ConvictionRow'] };
  ConvictionFilter: ConvictionFilter;
  ConvictionRow: Omit<ConvictionRow, 'case'> & { case: ResolversParentTypes['CaseRow'] };
  ConvictionTally: TallyParent;
  CreditedAgency: CreditedAgency;
  DataVersion: DataVersion;
  EditedField: EditedField;
  FamilyCount: FamilyCount;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  ImportResult: ImportResult;
  Int: Scalars['Int']['output'];
  LinkEvidence: LinkEvidence;
  LinkJudgement: LinkJudgement;
  Mutation: Record<PropertyKey, never>;
  OffenseCategory: OffenseCategory;
  PageInfo: PageInfo;
  PreciseDate: PreciseDate;
  PressRelease: PressRelease;
  Provenance: Omit<Provenance, 'investigation'> & { investigation: ResolversParentTypes['ProvenanceInvestigation'] };
  ProvenanceConviction: ProvenanceConviction;
  ProvenanceDefendant: ProvenanceDefendant;
  ProvenanceInvestigation: Omit<ProvenanceInvestigation, 'leadAgency' | 'leadAgencyParents' | 'partnerAgencies'> & { leadAgency: ResolversParentTypes['Agency'], leadAgencyParents: Array<ResolversParentTypes['Agency']>, partnerAgencies: Array<ResolversParentTypes['Agency']> };
  ProvenanceProsecution: ProvenanceProsecution;
  ProvenanceStep: ProvenanceStep;
  Query: Record<PropertyKey, never>;
  Quote: Quote;
  ReleaseCandidate: ReleaseCandidate;
  ReleaseCandidateEdit: ReleaseCandidateEdit;
  ReleaseCandidateJudgement: ReleaseCandidateJudgement;
  RestatedClaim: RestatedClaim;
  RetractResult: RetractResult;
  SchemaStatus: SchemaStatus;
  SearchHit: SearchHit;
  Sentence: Sentence;
  Source: Source;
  SourceImpact: SourceImpact;
  Statistic: Omit<Statistic, 'scopeAgency'> & { scopeAgency: ResolversParentTypes['Agency'] };
  Statute: Statute;
  StatuteCount: StatuteCount;
  String: Scalars['String']['output'];
  SupportedFact: SupportedFact;
  Term: Term;
  UnreviewedTally: UnreviewedTally;
};

export type AgencyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency']> = {
  abbreviation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AgencyKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AgencyKindResolvers = { BUREAU: 'bureau', COMPONENT: 'component', DEPARTMENT: 'department', DIRECTORATE: 'directorate', DIVISION: 'division', FIELD_OFFICE: 'field_office', LEGISLATIVE_AGENCY: 'legislative_agency', NONGOVERNMENTAL: 'nongovernmental', SECTION: 'section', STATE_OR_LOCAL: 'state_or_local', TASK_FORCE: 'task_force', US_ATTORNEYS_OFFICE: 'us_attorneys_office' };

export type BasisResolvers = { INFERRED: 'inferred', STATED: 'stated' };

export type CandidateChargeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CandidateCharge'] = ResolversParentTypes['CandidateCharge']> = {
  basis?: Resolver<Maybe<ResolversTypes['Basis']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  inference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['Quote']>, ParentType, ContextType>;
  statute?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  words?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CandidateLinkResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CandidateLink'] = ResolversParentTypes['CandidateLink']> = {
  countedCitations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  countedConviction?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  defendantName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  drawn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['LinkEvidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  judgements?: Resolver<Array<ResolversTypes['LinkJudgement']>, ParentType, ContextType>;
  namedCitations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  namedConviction?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LinkStatus'], ParentType, ContextType>;
};

export type CandidateVerdictResolvers = { ACCEPTED: 'accepted', EDITED: 'edited', REJECTED: 'rejected' };

export type CaseRowResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CaseRow'] = ResolversParentTypes['CaseRow']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  districtInferred?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  docket?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  investigation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  leadAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  partnerAgencies?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
  prosecutionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CaseloadResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Caseload'] = ResolversParentTypes['Caseload']> = {
  agency?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  caveats?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  programs?: Resolver<Array<ResolversTypes['CaseloadProgram']>, ParentType, ContextType>;
  releases?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type CaseloadHowResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CaseloadHow'] = ResolversParentTypes['CaseloadHow']> = {
  bench?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  jury?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  other?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  plea?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CaseloadProgramResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CaseloadProgram'] = ResolversParentTypes['CaseloadProgram']> = {
  byHow?: Resolver<ResolversTypes['CaseloadHow'], ParentType, ContextType>;
  byStatute?: Resolver<Array<ResolversTypes['CaseloadStatuteCount']>, ParentType, ContextType>;
  byYear?: Resolver<Array<ResolversTypes['CaseloadYearCount']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  convictionsLed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  convictionsParticipated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  linkedToNamedCases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notPlaceable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CaseloadStatuteCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CaseloadStatuteCount'] = ResolversParentTypes['CaseloadStatuteCount']> = {
  convictions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  linkedToNamedCases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statute?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CaseloadYearCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CaseloadYearCount'] = ResolversParentTypes['CaseloadYearCount']> = {
  convictions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CategoryCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CategoryCount'] = ResolversParentTypes['CategoryCount']> = {
  category?: Resolver<ResolversTypes['OffenseCategory'], ParentType, ContextType>;
  convictions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChargeConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ChargeConnection'] = ResolversParentTypes['ChargeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ChargeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChargeEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ChargeEdge'] = ResolversParentTypes['ChargeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ChargeRow'], ParentType, ContextType>;
};

export type ChargeRowResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ChargeRow'] = ResolversParentTypes['ChargeRow']> = {
  categories?: Resolver<Array<ResolversTypes['OffenseCategory']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['ChargeStage'], ParentType, ContextType>;
  statute?: Resolver<Maybe<ResolversTypes['Statute']>, ParentType, ContextType>;
  statuteBasis?: Resolver<Maybe<ResolversTypes['Basis']>, ParentType, ContextType>;
  victimAge?: Resolver<ResolversTypes['VictimAge'], ParentType, ContextType>;
};

export type ChargeStageResolvers = { ACQUITTED: 'acquitted', CONVICTED: 'convicted', CONVICTED_PLEA: 'convicted_plea', CONVICTED_TRIAL: 'convicted_trial', DISMISSED: 'dismissed', INDICTED: 'indicted', PENDING: 'pending' };

export type CitationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = {
  locator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  supports?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ClaimDifferenceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ClaimDifference'] = ResolversParentTypes['ClaimDifference']> = {
  aspect?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  restated?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ClaimQualifierResolvers = { ABOUT: 'about', AT_LEAST: 'at_least', EXACT: 'exact', MORE_THAN: 'more_than', NOT_STATED: 'not_stated' };

export type ConvictionConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ConvictionConnection'] = ResolversParentTypes['ConvictionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ConvictionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConvictionEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ConvictionEdge'] = ResolversParentTypes['ConvictionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ConvictionRow'], ParentType, ContextType>;
};

export type ConvictionMethodResolvers = { PLEA: 'plea', TRIAL: 'trial', UNKNOWN: 'unknown' };

export type ConvictionRowResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ConvictionRow'] = ResolversParentTypes['ConvictionRow']> = {
  case?: Resolver<ResolversTypes['CaseRow'], ParentType, ContextType>;
  charges?: Resolver<Array<ResolversTypes['ChargeRow']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['PreciseDate'], ParentType, ContextType>;
  datedBy?: Resolver<Maybe<ResolversTypes['DatedBy']>, ParentType, ContextType>;
  defendant?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  defendantNamed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidenceTier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  family?: Resolver<Maybe<ResolversTypes['OffenseCategory']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['ConvictionMethod'], ParentType, ContextType>;
  sentence?: Resolver<Maybe<ResolversTypes['Sentence']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WindowStatus'], ParentType, ContextType>;
  yearFrom?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type ConvictionSortResolvers = { DATE_ASC: 'date_asc', DATE_DESC: 'date_desc', DEFENDANT_ASC: 'defendant_asc', SENTENCE_DESC: 'sentence_desc' };

export type ConvictionTallyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ConvictionTally'] = ResolversParentTypes['ConvictionTally']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  byCategory?: Resolver<Array<ResolversTypes['CategoryCount']>, ParentType, ContextType>;
  byFamily?: Resolver<Array<ResolversTypes['FamilyCount']>, ParentType, ContextType>;
  byStatute?: Resolver<Array<ResolversTypes['StatuteCount']>, ParentType, ContextType>;
  caseload?: Resolver<ResolversTypes['Caseload'], ParentType, ContextType, RequireFields<ConvictionTallyCaseloadArgs, 'programs'>>;
  cases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  convictionsInWindow?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  districts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fieldOffices?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inWindow?: Resolver<ResolversTypes['ConvictionConnection'], ParentType, ContextType, RequireFields<ConvictionTallyInWindowArgs, 'first' | 'sort'>>;
  lowerBound?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  notPlaceable?: Resolver<ResolversTypes['ConvictionConnection'], ParentType, ContextType, RequireFields<ConvictionTallyNotPlaceableArgs, 'first' | 'sort'>>;
  notPlaceableCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  partnerOnly?: Resolver<ResolversTypes['ConvictionConnection'], ParentType, ContextType, RequireFields<ConvictionTallyPartnerOnlyArgs, 'first' | 'sort'>>;
  partnerOnlyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pendingChargeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pendingCharges?: Resolver<ResolversTypes['ChargeConnection'], ParentType, ContextType, RequireFields<ConvictionTallyPendingChargesArgs, 'first'>>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statistics?: Resolver<Array<ResolversTypes['Statistic']>, ParentType, ContextType>;
  unreviewed?: Resolver<Maybe<ResolversTypes['UnreviewedTally']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CreditRoleResolvers = { LEAD: 'lead', PARTNER: 'partner', UNKNOWN: 'unknown' };

export type CreditedAgencyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CreditedAgency'] = ResolversParentTypes['CreditedAgency']> = {
  agency?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['Quote']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['CreditRole'], ParentType, ContextType>;
};

export type DataVersionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DataVersion'] = ResolversParentTypes['DataVersion']> = {
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastRetrieved?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  records?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DatePrecisionResolvers = { DAY: 'day', FISCAL_YEAR: 'fiscal_year', MONTH: 'month', UNKNOWN: 'unknown', YEAR: 'year' };

export type DatedByResolvers = { JUDGMENT: 'judgment', PLEA_OR_VERDICT: 'plea_or_verdict' };

export type EditedFieldResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EditedField'] = ResolversParentTypes['EditedField']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  why?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FamilyCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['FamilyCount'] = ResolversParentTypes['FamilyCount']> = {
  convictions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  family?: Resolver<Maybe<ResolversTypes['OffenseCategory']>, ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImportResult'] = ResolversParentTypes['ImportResult']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LinkEvidenceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LinkEvidence'] = ResolversParentTypes['LinkEvidence']> = {
  caseloadKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countedDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countedPrison?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  countedStatutes?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  daysApart?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  district?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  namedDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namedPrison?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  namedStatutes?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  namedStatutesInferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type LinkJudgementResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LinkJudgement'] = ResolversParentTypes['LinkJudgement']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['LinkStatus'], ParentType, ContextType>;
  why?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LinkStatusResolvers = { ACCEPTED: 'accepted', OPEN: 'open', REJECTED: 'rejected' };

export type MutationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptLink?: Resolver<ResolversTypes['LinkJudgement'], ParentType, ContextType, RequireFields<MutationAcceptLinkArgs, 'id' | 'why'>>;
  acceptReleaseCandidate?: Resolver<ResolversTypes['ReleaseCandidate'], ParentType, ContextType, RequireFields<MutationAcceptReleaseCandidateArgs, 'id' | 'why'>>;
  addSource?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationAddSourceArgs, 'document'>>;
  editReleaseCandidate?: Resolver<ResolversTypes['ReleaseCandidate'], ParentType, ContextType, RequireFields<MutationEditReleaseCandidateArgs, 'changes' | 'id' | 'why'>>;
  rejectLink?: Resolver<ResolversTypes['LinkJudgement'], ParentType, ContextType, RequireFields<MutationRejectLinkArgs, 'id' | 'why'>>;
  rejectReleaseCandidate?: Resolver<ResolversTypes['ReleaseCandidate'], ParentType, ContextType, RequireFields<MutationRejectReleaseCandidateArgs, 'id' | 'why'>>;
  retractSource?: Resolver<ResolversTypes['RetractResult'], ParentType, ContextType, RequireFields<MutationRetractSourceArgs, 'id'>>;
};

export type OffenseCategoryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OffenseCategory'] = ResolversParentTypes['OffenseCategory']> = {
  childSexualExploitation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type OffenseScopeResolvers = { CHILD_SEXUAL_EXPLOITATION: 'child_sexual_exploitation', HUMAN_TRAFFICKING: 'human_trafficking', HUMAN_TRAFFICKING_INCLUDING_CHILD_SEXUAL_EXPLOITATION: 'human_trafficking_including_child_sexual_exploitation', NOT_STATED: 'not_stated', SEX_TRAFFICKING_AND_FORCED_LABOR: 'sex_trafficking_and_forced_labor' };

export type PageInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PreciseDateResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PreciseDate'] = ResolversParentTypes['PreciseDate']> = {
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PressReleaseResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PressRelease'] = ResolversParentTypes['PressRelease']> = {
  component?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  retrieved?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uuid?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ProvenanceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = {
  focus?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  focusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  investigation?: Resolver<ResolversTypes['ProvenanceInvestigation'], ParentType, ContextType>;
};

export type ProvenanceConvictionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ProvenanceConviction'] = ResolversParentTypes['ProvenanceConviction']> = {
  chargeIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['PreciseDate'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['ConvictionMethod'], ParentType, ContextType>;
  sentences?: Resolver<Array<ResolversTypes['Sentence']>, ParentType, ContextType>;
};

export type ProvenanceDefendantResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ProvenanceDefendant'] = ResolversParentTypes['ProvenanceDefendant']> = {
  charges?: Resolver<Array<ResolversTypes['ChargeRow']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  convictions?: Resolver<Array<ResolversTypes['ProvenanceConviction']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  named?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  otherSentences?: Resolver<Array<ResolversTypes['Sentence']>, ParentType, ContextType>;
};

export type ProvenanceInvestigationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ProvenanceInvestigation'] = ResolversParentTypes['ProvenanceInvestigation']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leadAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  leadAgencyParents?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
  opened?: Resolver<ResolversTypes['PreciseDate'], ParentType, ContextType>;
  operationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partnerAgencies?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
  prosecutions?: Resolver<Array<ResolversTypes['ProvenanceProsecution']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProvenanceProsecutionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ProvenanceProsecution'] = ResolversParentTypes['ProvenanceProsecution']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  defendants?: Resolver<Array<ResolversTypes['ProvenanceDefendant']>, ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  districtId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  districtInferred?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  docket?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProvenanceStepResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ProvenanceStep'] = ResolversParentTypes['ProvenanceStep']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['PreciseDate']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  agencies?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
  candidateLink?: Resolver<ResolversTypes['CandidateLink'], ParentType, ContextType, RequireFields<QueryCandidateLinkArgs, 'id'>>;
  candidateLinks?: Resolver<Array<ResolversTypes['CandidateLink']>, ParentType, ContextType, RequireFields<QueryCandidateLinksArgs, 'status'>>;
  claims?: Resolver<Array<ResolversTypes['Statistic']>, ParentType, ContextType, RequireFields<QueryClaimsArgs, 'agency' | 'since'>>;
  convictionTally?: Resolver<ResolversTypes['ConvictionTally'], ParentType, ContextType, RequireFields<QueryConvictionTallyArgs, 'agency' | 'includeUnreviewed' | 'since'>>;
  convictions?: Resolver<ResolversTypes['ConvictionConnection'], ParentType, ContextType, RequireFields<QueryConvictionsArgs, 'first' | 'sort'>>;
  dataVersion?: Resolver<ResolversTypes['DataVersion'], ParentType, ContextType>;
  lookup?: Resolver<Maybe<ResolversTypes['ProvenanceStep']>, ParentType, ContextType, RequireFields<QueryLookupArgs, 'id'>>;
  provenance?: Resolver<Maybe<ResolversTypes['Provenance']>, ParentType, ContextType, RequireFields<QueryProvenanceArgs, 'id'>>;
  releaseCandidate?: Resolver<ResolversTypes['ReleaseCandidate'], ParentType, ContextType, RequireFields<QueryReleaseCandidateArgs, 'id'>>;
  releaseCandidates?: Resolver<Array<ResolversTypes['ReleaseCandidate']>, ParentType, ContextType, RequireFields<QueryReleaseCandidatesArgs, 'status'>>;
  schemaStatus?: Resolver<ResolversTypes['SchemaStatus'], ParentType, ContextType>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  sourceImpact?: Resolver<Maybe<ResolversTypes['SourceImpact']>, ParentType, ContextType, RequireFields<QuerySourceImpactArgs, 'id'>>;
};

export type QuoteResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Quote'] = ResolversParentTypes['Quote']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReleaseCandidateResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReleaseCandidate'] = ResolversParentTypes['ReleaseCandidate']> = {
  agencies?: Resolver<Array<ResolversTypes['CreditedAgency']>, ParentType, ContextType>;
  charges?: Resolver<Array<ResolversTypes['CandidateCharge']>, ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  districtQuote?: Resolver<Maybe<ResolversTypes['Quote']>, ParentType, ContextType>;
  edited?: Resolver<Array<ResolversTypes['EditedField']>, ParentType, ContextType>;
  extractorVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  judgements?: Resolver<Array<ResolversTypes['ReleaseCandidateJudgement']>, ParentType, ContextType>;
  leadAgency?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  life?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['ConvictionMethod'], ParentType, ContextType>;
  missing?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameQuote?: Resolver<Maybe<ResolversTypes['Quote']>, ParentType, ContextType>;
  partnerAgencies?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  pleaOrVerdictDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pleaOrVerdictDateQuote?: Resolver<Maybe<ResolversTypes['Quote']>, ParentType, ContextType>;
  pleaOrVerdictDateYearFromRelease?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  prisonMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  prisonQuote?: Resolver<Maybe<ResolversTypes['Quote']>, ParentType, ContextType>;
  release?: Resolver<ResolversTypes['PressRelease'], ParentType, ContextType>;
  sentenceDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sentenceDateQuote?: Resolver<Maybe<ResolversTypes['Quote']>, ParentType, ContextType>;
  sentenceDateYearFromRelease?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['ReleaseStage'], ParentType, ContextType>;
  stageQuote?: Resolver<Maybe<ResolversTypes['Quote']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LinkStatus'], ParentType, ContextType>;
};

export type ReleaseCandidateJudgementResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReleaseCandidateJudgement'] = ResolversParentTypes['ReleaseCandidateJudgement']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['CandidateVerdict'], ParentType, ContextType>;
  why?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReleaseStageResolvers = { CHARGED: 'charged', CONVICTED_AT_TRIAL: 'convicted_at_trial', PLEADED: 'pleaded', SENTENCED: 'sentenced' };

export type RestatedClaimResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RestatedClaim'] = ResolversParentTypes['RestatedClaim']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RetractResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RetractResult'] = ResolversParentTypes['RetractResult']> = {
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  unsupported?: Resolver<Array<ResolversTypes['SupportedFact']>, ParentType, ContextType>;
};

export type SchemaStatusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SchemaStatus'] = ResolversParentTypes['SchemaStatus']> = {
  expectedVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SentenceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Sentence'] = ResolversParentTypes['Sentence']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['PreciseDate'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  prison?: Resolver<ResolversTypes['Term'], ParentType, ContextType>;
  restitutionUsd?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  supervisedRelease?: Resolver<ResolversTypes['Term'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SourceKind'], ParentType, ContextType>;
  mirrorOfPublisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mirrorOfUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  published?: Resolver<ResolversTypes['PreciseDate'], ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  retracted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  retrieved?: Resolver<ResolversTypes['PreciseDate'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SourceImpactResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SourceImpact'] = ResolversParentTypes['SourceImpact']> = {
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  supports?: Resolver<Array<ResolversTypes['SupportedFact']>, ParentType, ContextType>;
  wouldLoseAllSupport?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SourceKindResolvers = { ANNUAL_REPORT: 'annual_report', COURT_RECORD: 'court_record', CRS_REPORT: 'crs_report', FACT_CHECK: 'fact_check', FACT_SHEET: 'fact_sheet', NEWS: 'news', PRESS_RELEASE: 'press_release', STATISTICAL_REPORT: 'statistical_report', STATUTE_TEXT: 'statute_text', WEB_PAGE: 'web_page' };

export type StatisticResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Statistic'] = ResolversParentTypes['Statistic']> = {
  caveats?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  claimant?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  claimantSourceKind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  differences?: Resolver<Array<ResolversTypes['ClaimDifference']>, ParentType, ContextType>;
  discrepancies?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['PreciseDate'], ParentType, ContextType>;
  qualifier?: Resolver<ResolversTypes['ClaimQualifier'], ParentType, ContextType>;
  restates?: Resolver<Maybe<ResolversTypes['RestatedClaim']>, ParentType, ContextType>;
  scopeAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  scopeOffense?: Resolver<ResolversTypes['OffenseScope'], ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  valueText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StatuteResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Statute'] = ResolversParentTypes['Statute']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subsection?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StatuteCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatuteCount'] = ResolversParentTypes['StatuteCount']> = {
  convictions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statute?: Resolver<Maybe<ResolversTypes['Statute']>, ParentType, ContextType>;
};

export type SupportedFactResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SupportedFact'] = ResolversParentTypes['SupportedFact']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  soleSupport?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  supports?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TermResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Term'] = ResolversParentTypes['Term']> = {
  kind?: Resolver<ResolversTypes['TermKind'], ParentType, ContextType>;
  months?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type TermKindResolvers = { LIFE: 'life', MONTHS: 'months', TIME_SERVED: 'time_served', UNKNOWN: 'unknown' };

export type UnreviewedTallyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['UnreviewedTally'] = ResolversParentTypes['UnreviewedTally']> = {
  candidates?: Resolver<Array<ResolversTypes['ReleaseCandidate']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notPlaceable?: Resolver<Array<ResolversTypes['ReleaseCandidate']>, ParentType, ContextType>;
  notPlaceableCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VictimAgeResolvers = { ADULT: 'adult', MINOR: 'minor', NOT_STATED: 'not_stated' };

export type WindowStatusResolvers = { IMPRECISE: 'imprecise', IN: 'in', OUT: 'out', UNKNOWN: 'unknown' };

export type Resolvers<ContextType = ApiContext> = {
  Agency?: AgencyResolvers<ContextType>;
  AgencyKind?: AgencyKindResolvers;
  Basis?: BasisResolvers;
  CandidateCharge?: CandidateChargeResolvers<ContextType>;
  CandidateLink?: CandidateLinkResolvers<ContextType>;
  CandidateVerdict?: CandidateVerdictResolvers;
  CaseRow?: CaseRowResolvers<ContextType>;
  Caseload?: CaseloadResolvers<ContextType>;
  CaseloadHow?: CaseloadHowResolvers<ContextType>;
  CaseloadProgram?: CaseloadProgramResolvers<ContextType>;
  CaseloadStatuteCount?: CaseloadStatuteCountResolvers<ContextType>;
  CaseloadYearCount?: CaseloadYearCountResolvers<ContextType>;
  CategoryCount?: CategoryCountResolvers<ContextType>;
  ChargeConnection?: ChargeConnectionResolvers<ContextType>;
  ChargeEdge?: ChargeEdgeResolvers<ContextType>;
  ChargeRow?: ChargeRowResolvers<ContextType>;
  ChargeStage?: ChargeStageResolvers;
  Citation?: CitationResolvers<ContextType>;
  ClaimDifference?: ClaimDifferenceResolvers<ContextType>;
  ClaimQualifier?: ClaimQualifierResolvers;
  ConvictionConnection?: ConvictionConnectionResolvers<ContextType>;
  ConvictionEdge?: ConvictionEdgeResolvers<ContextType>;
  ConvictionMethod?: ConvictionMethodResolvers;
  ConvictionRow?: ConvictionRowResolvers<ContextType>;
  ConvictionSort?: ConvictionSortResolvers;
  ConvictionTally?: ConvictionTallyResolvers<ContextType>;
  CreditRole?: CreditRoleResolvers;
  CreditedAgency?: CreditedAgencyResolvers<ContextType>;
  DataVersion?: DataVersionResolvers<ContextType>;
  DatePrecision?: DatePrecisionResolvers;
  DatedBy?: DatedByResolvers;
  EditedField?: EditedFieldResolvers<ContextType>;
  FamilyCount?: FamilyCountResolvers<ContextType>;
  ImportResult?: ImportResultResolvers<ContextType>;
  LinkEvidence?: LinkEvidenceResolvers<ContextType>;
  LinkJudgement?: LinkJudgementResolvers<ContextType>;
  LinkStatus?: LinkStatusResolvers;
  Mutation?: MutationResolvers<ContextType>;
  OffenseCategory?: OffenseCategoryResolvers<ContextType>;
  OffenseScope?: OffenseScopeResolvers;
  PageInfo?: PageInfoResolvers<ContextType>;
  PreciseDate?: PreciseDateResolvers<ContextType>;
  PressRelease?: PressReleaseResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  ProvenanceConviction?: ProvenanceConvictionResolvers<ContextType>;
  ProvenanceDefendant?: ProvenanceDefendantResolvers<ContextType>;
  ProvenanceInvestigation?: ProvenanceInvestigationResolvers<ContextType>;
  ProvenanceProsecution?: ProvenanceProsecutionResolvers<ContextType>;
  ProvenanceStep?: ProvenanceStepResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Quote?: QuoteResolvers<ContextType>;
  ReleaseCandidate?: ReleaseCandidateResolvers<ContextType>;
  ReleaseCandidateJudgement?: ReleaseCandidateJudgementResolvers<ContextType>;
  ReleaseStage?: ReleaseStageResolvers;
  RestatedClaim?: RestatedClaimResolvers<ContextType>;
  RetractResult?: RetractResultResolvers<ContextType>;
  SchemaStatus?: SchemaStatusResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Sentence?: SentenceResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceImpact?: SourceImpactResolvers<ContextType>;
  SourceKind?: SourceKindResolvers;
  Statistic?: StatisticResolvers<ContextType>;
  Statute?: StatuteResolvers<ContextType>;
  StatuteCount?: StatuteCountResolvers<ContextType>;
  SupportedFact?: SupportedFactResolvers<ContextType>;
  Term?: TermResolvers<ContextType>;
  TermKind?: TermKindResolvers;
  UnreviewedTally?: UnreviewedTallyResolvers<ContextType>;
  VictimAge?: VictimAgeResolvers;
  WindowStatus?: WindowStatusResolvers;
};


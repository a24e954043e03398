import { windowStatus, type Window } from "./window.ts";

/**
 * Why an agency statistic does not answer "how many convictions came from <agency>'s
 * investigations in <window>": each way its scope, period, offense, qualifier or claimant
 * differs from the question, in a sentence.
 */
export interface StatisticForCaveats {
  value: number | null;
  qualifier: string;
  period: { text: string; precision: string; from: string | null; to: string | null };
  scopeOffense: string;
  scopeName: string;
  /** How the claim's scope agency relates to the agency asked about. */
  scopeRelation: "same" | "parent" | "sub-office" | "unrelated";
  claimant: string;
  claimantIsSource: boolean;
}

export interface Question {
  agencyName: string;
  window: Window;
}

const offenseCaveats: Record<string, string> = {
  human_trafficking: "Counts human trafficking of every kind (adults and forced labor included), not only child trafficking.",
  sex_trafficking_and_forced_labor: "Counts sex trafficking and forced labor of adults and children alike.",
  child_sexual_exploitation: "Counts child sexual exploitation of every kind (CSAM offenses included), not only trafficking.",
  human_trafficking_including_child_sexual_exploitation:
    "Counts every human-trafficking offense, with sexual exploitation of children among them.",
  not_stated: "Does not say which offenses it counts.",
};

export function statisticCaveats(s: StatisticForCaveats, q: Question): string[] {
  const caveats: string[] = [];
  if (s.scopeRelation === "parent") caveats.push(`Counts all of ${s.scopeName}, not only ${q.agencyName}.`);
  if (s.scopeRelation === "sub-office") caveats.push(`Counts only ${s.scopeName}, one part of ${q.agencyName}.`);
  if (s.scopeRelation === "unrelated") caveats.push(`Counts ${s.scopeName}'s work, not ${q.agencyName}'s.`);
  // The window rule of the tally: a period counts for the window only when wholly inside it.
  const window = `${q.window.since} to ${q.window.until ?? "today"}`;
  const status = windowStatus(s.period, q.window);
  if (status === "unknown") {
    caveats.push(`States no period, so it cannot be placed in the window ${window}.`);
  } else if (status !== "in") {
    caveats.push(`Covers ${s.period.text} (${s.period.from} to ${s.period.to}), not the window ${window}.`);
  }
  const offense = offenseCaveats[s.scopeOffense];
  if (offense) caveats.push(offense);
  if (s.qualifier === "more_than" || s.qualifier === "at_least") caveats.push(`"More than" ${s.value}: a lower bound.`);
  if (s.qualifier === "about") caveats.push(`About ${s.value}: an approximate figure.`);
  if (s.value === null) caveats.push("Gives no figure.");
  if (s.claimantIsSource) caveats.push(`Stated by ${s.claimant}, not by the agency that counted.`);
  return caveats;
}

/** A fact in a few words, for provenance listings: what the node says, not how it is stored. */
export function describeFact(label: string, props: Record<string, unknown>): string {
  const p = (name: string) => (props[name] === null || props[name] === undefined ? undefined : String(props[name]));
  switch (label) {
    case "Conviction":
      return `Conviction (${p("method") === "unknown" ? "plea or verdict not stated" : `by ${p("method")}`}), dated ${p("date")}`;
    case "Sentence":
      return `Sentence of ${prisonTerm(p("prisonKind"), p("prisonMonths"))}, dated ${p("date")}`;
    case "Charge":
      return `Charge: ${p("description")} (${p("stage")})`;
    case "Defendant":
      return `Defendant: ${p("name")}`;
    case "Statute":
      return `${p("section")}: ${p("title")}`;
    case "Claim":
      return p("statement") ?? "Claim";
    case "Agency":
    case "District":
    case "OffenseCategory":
      return p("name") ?? label;
    default:
      return p("title") ?? p("name") ?? label;
  }
}

function prisonTerm(kind: string | undefined, months: string | undefined): string {
  switch (kind) {
    case "months":
      return `${months} months in prison`;
    case "life":
      return "life in prison";
    case "time_served":
      return "time served";
    default:
      return "an unstated prison term";
  }
}

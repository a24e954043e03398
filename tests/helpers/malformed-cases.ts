import { syntheticCase } from "./synthetic-seed.ts";

/**
 * Malformed seed inputs, each beside the valid synthetic case so that only the named defect
 * is wrong. `files` are written into one folder and imported together.
 */
export function malformedCases(p: string): { name: string; files: Record<string, string> }[] {
  const base = syntheticCase(p);
  const cite = `[{ source: ${p}src, locator: "paragraph 1", supports: "Synthetic support." }]`;
  const replace = (from: string, to: string) => {
    if (!base.includes(from)) throw new Error(`malformed case: "${from}" is not in the synthetic case`);
    return base.replace(from, to);
  };
  const extra = (yaml: string) => ({ "a-case.yaml": base, "b-extra.yaml": yaml });
  return [
    { name: "YAML syntax error", files: { "a-case.yaml": replace("categories: [", "categories: [[") } },
    { name: "duplicate key in a mapping", files: { "a-case.yaml": replace("    kind: department\n", "    kind: department\n    kind: bureau\n") } },
    { name: "unknown section", files: extra("cases:\n  - id: x\n") },
    { name: "unknown field (a typo)", files: { "a-case.yaml": replace("    leadAgency:", "    leadAgencyy:") } },
    { name: "missing required field", files: { "a-case.yaml": replace("    title: Synthetic release\n", "") } },
    { name: "wrong type", files: { "a-case.yaml": replace("prison: 60", "prison: sixty") } },
    { name: "negative number", files: { "a-case.yaml": replace("prison: 60", "prison: -60") } },
    { name: "id not in the id format", files: { "a-case.yaml": replace(`id: ${p}statute\n`, `id: ${p}Statute_1\n`) } },
    { name: "duplicate id in one file", files: { "a-case.yaml": replace(`id: ${p}defendant-2\n`, `id: ${p}defendant-1\n`) } },
    {
      name: "duplicate id across files",
      files: extra(`categories:\n  - id: ${p}category\n    name: Again\n    description: Again.\n`),
    },
    { name: "unknown reference", files: { "a-case.yaml": replace(`leadAgency: ${p}office`, `leadAgency: ${p}no-such-office`) } },
    { name: "reference to the wrong kind of record", files: { "a-case.yaml": replace(`leadAgency: ${p}office`, `leadAgency: ${p}src`) } },
    { name: "unknown statute", files: { "a-case.yaml": replace(`{ basis: stated, statute: ${p}statute }`, `{ basis: stated, statute: ${p}18-usc-9999 }`) } },
    { name: "empty sources", files: { "a-case.yaml": replace(`    leadAgency: ${p}office\n    sources: ${cite}`, `    leadAgency: ${p}office\n    sources: []`) } },
    { name: "missing sources", files: { "a-case.yaml": replace(`    leadAgency: ${p}office\n    sources: ${cite}`, `    leadAgency: ${p}office`) } },
    { name: "citation of something that is not a source", files: { "a-case.yaml": replace(`    leadAgency: ${p}office\n    sources: ${cite}`, `    leadAgency: ${p}office\n    sources: [{ source: ${p}agency, locator: "p. 1", supports: "x" }]`) } },
    { name: "date in words", files: { "a-case.yaml": replace('date: "2024-05-30"', 'date: "May 30, 2024"') } },
    { name: "impossible date", files: { "a-case.yaml": replace('date: "2024-05-30"', 'date: "2023-02-30"') } },
    { name: "stage not in the list", files: { "a-case.yaml": replace("stage: pending", "stage: guilty") } },
    { name: "defendant with a name and an anonymous label", files: { "a-case.yaml": replace("    name: Synthetic defendant 1\n", "    name: Synthetic defendant 1\n    anonymousLabel: defendant 1 of 2\n") } },
    { name: "defendant with neither name nor label", files: { "a-case.yaml": replace("    anonymousLabel: defendant 2 of 2\n", "") } },
    { name: "inferred statute without its inference", files: { "a-case.yaml": replace(", inference: Synthetic inference. }", " }") } },
    { name: "conviction on another defendant's charge", files: { "a-case.yaml": replace(`charges: [${p}charge-1]`, `charges: [${p}charge-2]`) } },
    { name: "URL that is not a URL", files: { "a-case.yaml": replace(`url: https://example.org/${p}release`, "url: example dot org") } },
    { name: "release period that is not a fiscal year or a month", files: { "a-case.yaml": replace("    title: Synthetic release\n", '    title: Synthetic release\n    period: "2024"\n') } },
    { name: "several problems in one file, all listed", files: { "a-case.yaml": replace("prison: 60", "prison: sixty").replace("stage: pending", "stage: guilty").replace(`leadAgency: ${p}office`, `leadAgency: ${p}nowhere`) } },
  ];
}

/**
 * The caseload data names a district by its LIONS code ("TXS"); the district catalog
 * (seed/reference/districts.yaml) records each district's code. This map is how the caseload
 * rules' district codes become our district ids.
 */
export function lionsDistrictIds(districts: readonly { id: string; lionsCode: string | null | undefined }[]): Map<string, string> {
  const ids = new Map<string, string>();
  const problems: string[] = [];
  for (const { id, lionsCode } of districts) {
    if (lionsCode === null || lionsCode === undefined) continue;
    const code = lionsCode.trim().toUpperCase();
    const taken = ids.get(code);
    if (taken !== undefined) problems.push(`LIONS code ${code} is given to both ${taken} and ${id}`);
    else ids.set(code, id);
  }
  // Two districts with one code would send one district's caseload to the other.
  if (problems.length > 0) throw new Error(`The district catalog cannot resolve caseload codes:\n  ${problems.join("\n  ")}`);
  return ids;
}

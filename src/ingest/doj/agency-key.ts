/**
 * Which agency a printed name stands for, whatever the form: "Homeland Security Investigations
 * (HSI) Houston", "HSI" and "U.S. Immigration and Customs Enforcement's Homeland Security
 * Investigations" are all HSI; "the FBI's Albuquerque Division" and "Federal Bureau of
 * Investigation" the FBI. Any other agency is its name without acronyms in brackets, "the" and
 * punctuation. Names are compared, and agencies kept once, by this key.
 */
export function agencyKey(name: string): string {
  if (/Homeland Security Investigations|\bHSI\b/.test(name)) return "hsi";
  if (/Federal Bureau of Investigation|\bFBI\b/.test(name)) return "fbi";
  if (/Immigration and Customs Enforcement|\bICE\b/.test(name)) return "ice";
  return name
    .replace(/\([A-Z&.]{2,}\)/g, "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’]s\b/g, "")
    .replace(/^\s*the\s+/i, "")
    .replace(/[^A-Za-z ]/g, " ")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    // "the Tucson Police Department" and "a Tucson Police detective" are one police.
    .replace(/\bpolice department$/, "police");
}

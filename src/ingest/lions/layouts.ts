/**
 * The fixed-width layouts of the caseload tables (EOUSA National Caseload Data, "LIONS")
 * that the loader reads: each table's line length and the columns it uses, 1-based and
 * inclusive as the release's README.TXT writes them ("DISPOSITION VARCHAR2(2) (87:88)").
 *
 * Built in from the FY2018 release's README (`SEPFY2018_README_REPORTS_LOGS.pdf`, a copy in
 * the public repository bgaudiosi/federal-prosecutors, resources/). A release that ships its
 * own README.TXT is read with that one instead, and the built-in columns are checked against
 * it (src/ingest/lions/readme-layouts.ts).
 */
export interface Column {
  /** First and last character, 1-based and inclusive. */
  from: number;
  to: number;
}

export interface TableLayout {
  /** As the README names it, e.g. GS_PART_COUNT. */
  table: string;
  /** Characters per line, the line break not counted. */
  length: number;
  columns: Record<string, Column>;
}

const col = (from: number, to: number): Column => ({ from, to });

export const builtInLayouts: readonly TableLayout[] = [
  {
    table: "GS_CASE",
    length: 366,
    columns: { DISTRICT: col(1, 3), ID: col(4, 13), LEAD_CHARGE: col(158, 182), STATUS: col(246, 246) },
  },
  {
    table: "GS_CASE_PROG_CAT",
    length: 115,
    columns: { DISTRICT: col(1, 10), CASEID: col(11, 20), PROG_CAT: col(21, 23), ID: col(24, 33) },
  },
  {
    table: "GS_PARTICIPANT",
    length: 1159,
    columns: { DISTRICT: col(1, 10), CASEID: col(11, 20), ID: col(21, 30), TYPE: col(31, 31), ROLE: col(32, 33), AGENCY: col(244, 247), JUVENILE: col(305, 305) },
  },
  {
    table: "GS_COURT_HIST",
    length: 239,
    columns: {
      DISTRICT: col(1, 10),
      CASEID: col(11, 20),
      ID: col(21, 30),
      FILING_DATE: col(62, 72),
      DISPOSITION: col(111, 112),
      DISP_DATE: col(113, 123),
      DISP_REASON1: col(124, 127),
      DISP_REASON2: col(128, 131),
      DISP_REASON3: col(132, 135),
    },
  },
  {
    table: "GS_PART_COUNT",
    length: 186,
    columns: {
      DISTRICT: col(1, 10),
      CASEID: col(11, 20),
      PARTID: col(21, 30),
      CRTHISID: col(31, 40),
      CHARGE: col(51, 75),
      COUNTID: col(77, 86),
      DISPOSITION: col(87, 88),
      DISP_REASON: col(89, 92),
      DISP_DATE: col(93, 103),
      SEALED: col(104, 104),
    },
  },
  {
    table: "GS_SENTENCE",
    length: 357,
    columns: {
      DISTRICT: col(1, 10),
      CASEID: col(11, 20),
      PARTID: col(21, 30),
      SENT_DATE: col(31, 41),
      INCAR_TYPE: col(43, 45),
      INCAR_DAYS: col(122, 132),
      INCAR_MONTHS: col(133, 143),
      INCAR_YEARS: col(144, 154),
      RESTITUTION_AMT: col(259, 274),
    },
  },
];

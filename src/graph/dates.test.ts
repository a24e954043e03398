import { describe, expect, it } from "vitest";
import { dateFromRelease, parsePreciseDate } from "./dates.ts";

describe("parsePreciseDate", () => {
  it.each([
    ["2024-05-30", "day", "2024-05-30", "2024-05-30"],
    ["2023-12", "month", "2023-12-01", "2023-12-31"],
    ["2024-02", "month", "2024-02-01", "2024-02-29"],
    ["2023-02", "month", "2023-02-01", "2023-02-28"],
    ["2023", "year", "2023-01-01", "2023-12-31"],
    ["FY2023", "fiscal_year", "2022-10-01", "2023-09-30"],
    ["unknown", "unknown", null, null],
  ])("reads %s as %s from %s to %s", (text, precision, from, to) => {
    expect(parsePreciseDate(text)).toEqual({ text, precision, from, to });
  });

  it.each(["2023-13", "2023-02-30", "2023-00-10", "23-01-01", "FY23", "December 2023", "2023/2024", ""])(
    "rejects %j",
    (text) => {
      expect(parsePreciseDate(text)).toBeUndefined();
    },
  );
});

describe("dateFromRelease: a day printed without a year takes the latest year on or before the release", () => {
  it.each([
    ["07-30", "2024-07-31", "2024-07-30"],
    ["07-31", "2024-07-31", "2024-07-31"],
    // A January release citing "December 12" means the year before.
    ["12-12", "2025-01-05", "2024-12-12"],
    ["08-01", "2024-07-31", "2023-08-01"],
    // February 29 goes back to the latest leap year on or before the release.
    ["02-29", "2025-03-01", "2024-02-29"],
    ["02-29", "2024-02-28", "2020-02-29"],
    // A release dated to the month settles the year unless the day falls in that month.
    ["02-10", "2024-03", "2024-02-10"],
    ["04-10", "2024-03", "2023-04-10"],
    ["03-10", "2024-03", "unknown"],
    // Without a day or month of release, the year stays unknown.
    ["07-30", "2024", "unknown"],
    ["07-30", "FY2024", "unknown"],
    ["07-30", "unknown", "unknown"],
  ])("%s in a release of %s: %s", (monthDay, release, expected) => {
    expect(dateFromRelease(monthDay, parsePreciseDate(release)!).text).toBe(expected);
  });
});

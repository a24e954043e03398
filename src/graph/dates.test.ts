import { describe, expect, it } from "vitest";
import { parsePreciseDate } from "./dates.ts";

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

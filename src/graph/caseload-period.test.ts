import { describe, expect, it } from "vitest";
import { periodEnd, periodInName, releasePeriodPattern } from "./caseload-period.ts";

describe("a caseload release's period", () => {
  it("is a fiscal year or a month", () => {
    expect(["FY2018", "2024-09", "2024-12"].map((p) => releasePeriodPattern.test(p))).toEqual([true, true, true]);
    expect(["fy2018", "2024", "2024-13", "2024-09-30", "FY18"].map((p) => releasePeriodPattern.test(p))).toEqual([false, false, false, false, false]);
  });

  it("ends on 30 September of a fiscal year, on a month's last day", () => {
    // By hand: FY2024 runs 2023-10-01 to 2024-09-30; February 2024 has 29 days.
    expect([periodEnd("FY2024"), periodEnd("2024-02"), periodEnd("2023-02"), periodEnd("2024-09")]).toEqual(["2024-09-30", "2024-02-29", "2023-02-28", "2024-09-30"]);
  });

  it("is read from a name that states exactly one", () => {
    expect(periodInName("FY2024")).toBe("FY2024");
    expect(periodInName("SEPFY2018_disk1")).toBe("FY2018");
    expect(periodInName("fy2023-release")).toBe("FY2023");
    expect(periodInName("caseload-2024-09")).toBe("2024-09");
    expect(periodInName("FY2024 FY2024 copy")).toBe("FY2024");
  });

  it("is not read from a name that states none, or two that differ", () => {
    expect(periodInName("synthetic-release")).toBeUndefined();
    expect(periodInName("FY20245")).toBeUndefined();
    expect(periodInName("2024-13")).toBeUndefined();
    expect(periodInName("FY2023-to-FY2024")).toBeUndefined();
    expect(periodInName("FY2024-2024-09")).toBeUndefined();
  });
});

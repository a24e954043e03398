import { describe, expect, it } from "vitest";
import { AuthFailures } from "./auth-failures.ts";

describe("AuthFailures", () => {
  it("blocks a client after 3 failures in a minute, until the first of them is a minute old", () => {
    let now = 1_000_000;
    const failures = new AuthFailures(3, 60_000, 100, () => now);
    failures.record("a");
    now += 10_000;
    failures.record("a");
    expect(failures.retryAfter("a")).toBe(0);
    failures.record("a");
    // The first failure was 10 s before the last: 50 s to wait.
    expect(failures.retryAfter("a")).toBe(50);
    expect(failures.retryAfter("b")).toBe(0);
    now += 50_000;
    expect(failures.retryAfter("a")).toBe(0);
  });

  it("remembers at most maxClients addresses, forgetting the longest quiet", () => {
    const failures = new AuthFailures(1, 60_000, 2, () => 0);
    failures.record("a");
    failures.record("b");
    failures.record("a");
    failures.record("c");
    expect(["a", "b", "c"].map((client) => failures.retryAfter(client) > 0)).toEqual([true, false, true]);
  });
});

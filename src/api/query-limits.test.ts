import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { typeDefs } from "./graphql-server.ts";
import { queryLimitRule } from "./query-limits.ts";

const schema = buildSchema(typeDefs);
const problems = (query: string, limits = { maxDepth: 12, maxAliases: 30, maxCost: 20_000 }) =>
  validate(schema, parse(query), [queryLimitRule(limits)]).map((e) => e.message);

describe("query limits", () => {
  it("counts depth through fragments", () => {
    const query = `query Deep { convictionTally(since: "2023-01-01") { inWindow { ...Case } } }
      fragment Case on ConvictionRow { case { leadAgency { citations { source { published { text } } } } } }`;
    // convictionTally, inWindow, case, leadAgency, citations, source, published, text: 8 deep.
    expect(problems(query, { maxDepth: 8, maxAliases: 30, maxCost: 20_000 })).toEqual([]);
    expect(problems(query, { maxDepth: 7, maxAliases: 30, maxCost: 20_000 })).toEqual(["Deep nests 8 fields deep; the limit is 7."]);
  });

  it("counts aliases", () => {
    const query = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: schemaStatus { __typename }`).join(" ")} }`;
    expect(problems(query)).toEqual(["the operation uses 31 aliases; the limit is 30."]);
  });

  it("costs a page's fields once per row: first, or the largest page for a variable", () => {
    const page = (first: string) => `query Page($n: Int) { convictions(first: ${first}) { edges { node { id defendant } } } }`;
    // convictions + first x (edges + node + id + defendant) = 1 + 50 x 4 = 201
    expect(problems(page("50"), { maxDepth: 12, maxAliases: 30, maxCost: 201 })).toEqual([]);
    expect(problems(page("50"), { maxDepth: 12, maxAliases: 30, maxCost: 200 })).toEqual([
      "Page would resolve more than 200 fields, the limit. Ask for fewer fields or smaller pages.",
    ]);
    // A variable is costed at 100 rows: 1 + 100 x 4 = 401.
    expect(problems(page("$n"), { maxDepth: 12, maxAliases: 30, maxCost: 400 })).toHaveLength(1);
    expect(problems(page("$n"), { maxDepth: 12, maxAliases: 30, maxCost: 401 })).toEqual([]);
  });

  it("stops a fragment that fans out before it expands it all", () => {
    // Each level repeats the one below 10 times: 10^6 fields once expanded.
    const levels = ["A", "B", "C", "D", "E", "F"];
    const fragments = levels
      .map((name, i) =>
        i === levels.length - 1
          ? `fragment ${name} on Query { schemaStatus { __typename } }`
          : `fragment ${name} on Query { ${Array.from({ length: 10 }, () => `...${levels[i + 1]}`).join(" ")} }`,
      )
      .join("\n");
    const started = Date.now();
    expect(problems(`query Fan { ...A }\n${fragments}`)).toEqual([
      "Fan would resolve more than 20,000 fields, the limit. Ask for fewer fields or smaller pages.",
    ]);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

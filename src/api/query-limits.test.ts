import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { typeDefs } from "./graphql-server.ts";
import { defaultQueryLimits, queryLimitRule, type QueryLimits } from "./query-limits.ts";

const schema = buildSchema(typeDefs);
const problems = (query: string, limits: Partial<QueryLimits> = {}) =>
  validate(schema, parse(query), [queryLimitRule({ ...defaultQueryLimits, ...limits })]).map((e) => e.message);
/** As Apollo validates: graphql-js's own rules, then ours. */
const allProblems = (query: string) => validate(schema, parse(query), [...specifiedRules, queryLimitRule(defaultQueryLimits)]).map((e) => e.message);

describe("query limits", () => {
  it("counts depth through fragments", () => {
    const query = `query Deep { convictionTally(since: "2023-01-01") { inWindow { ...Case } } }
      fragment Case on ConvictionRow { case { leadAgency { citations { source { published { text } } } } } }`;
    // convictionTally, inWindow, case, leadAgency, citations, source, published, text: 8 deep.
    expect(problems(query, { maxDepth: 8 })).toEqual([]);
    expect(problems(query, { maxDepth: 7 })).toEqual(["Deep nests 8 fields deep; the limit is 7."]);
  });

  it("counts aliases", () => {
    const query = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: schemaStatus { __typename }`).join(" ")} }`;
    expect(problems(query)).toEqual(["the operation uses 31 aliases; the limit is 30."]);
  });

  it("costs a page's fields once per row: first, or the largest page for a variable", () => {
    const page = (first: string) => `query Page($n: Int) { convictions(first: ${first}) { edges { node { id defendant } } } }`;
    // convictions + first x (edges + node + id + defendant) = 1 + 50 x 4 = 201
    expect(problems(page("50"), { maxCost: 201 })).toEqual([]);
    expect(problems(page("50"), { maxCost: 200 })).toEqual([
      "Page would resolve more than 200 fields, the limit. Ask for fewer fields or smaller pages.",
    ]);
    // A variable is costed at 100 rows: 1 + 100 x 4 = 401.
    expect(problems(page("$n"), { maxCost: 400 })).toHaveLength(1);
    expect(problems(page("$n"), { maxCost: 401 })).toEqual([]);
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

  describe("introspection", () => {
    // GraphiQL 5 sends getIntrospectionQuery({ inputValueDeprecation: false, schemaDescription: false }),
    // the same text as the default (captured from the playground in Chromium); other clients
    // turn on the newer options.
    const variants = {
      "the default (GraphiQL 5)": {},
      "every option on": { descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true },
      "descriptions off": { descriptions: false },
    };

    it.each(Object.entries(variants))("lets the standard introspection query through: %s", (_name, options) => {
      expect(allProblems(getIntrospectionQuery(options))).toEqual([]);
    });

    it("measures it at 15 fields deep, the introspection allowance, and not against the limit for data", () => {
      // __schema, types, fields, args, type, then TypeRef's nine ofType and their name: 15.
      expect(problems(getIntrospectionQuery(), { maxIntrospectionDepth: 14 })).toEqual([
        "IntrospectionQuery nests introspection 15 fields deep; the limit for introspection is 14.",
      ]);
      expect(problems(getIntrospectionQuery(), { maxDepth: 1 })).toEqual([]);
    });

    it("refuses one ofType more than the standard query", () => {
      const deeper = getIntrospectionQuery().replace(/ofType \{\s*name\s*kind\s*\}/, "ofType { name kind ofType { name kind } }");
      expect(problems(deeper)).toEqual(["IntrospectionQuery nests introspection 16 fields deep; the limit for introspection is 15."]);
    });

    it("refuses ofType nested 30 levels", () => {
      const query = `query Hostile { __type(name: "Query") { ${"ofType { ".repeat(30)}name${" }".repeat(30)} } }`;
      // __type, 30 ofType, name: 32.
      expect(allProblems(query)).toEqual(["Hostile nests introspection 32 fields deep; the limit for introspection is 15."]);
    });

    it("refuses the same through a fragment that spreads itself a level down", () => {
      const query = `query Hostile { __type(name: "Query") { ...A } }
        fragment A on __Type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ...B } } } } } } } } }
        fragment B on __Type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } }`;
      expect(allProblems(query)).toEqual(["Hostile nests introspection 18 fields deep; the limit for introspection is 15."]);
    });

    it("leaves lists of types nested in each other to graphql-js's own rule, which refuses them", () => {
      // 8 deep, inside the allowance, but each level multiplies the types returned.
      const query = "query Fan { __schema { types { fields { type { fields { type { fields { name } } } } } } } }";
      expect(problems(query)).toEqual([]);
      expect(allProblems(query)).toEqual(["Maximum introspection depth exceeded"]);
    });

    it("lends none of its allowance to data asked for beside it", () => {
      const query = `query Both { __schema { queryType { name } } convictionTally(since: "2023-01-01") { inWindow { ...Case } } }
        fragment Case on ConvictionRow { case { leadAgency { citations { source { published { text } } } } } }`;
      expect(problems(query, { maxDepth: 7 })).toEqual(["Both nests 8 fields deep; the limit is 7."]);
      // __schema, queryType, name: 3 deep, measured apart from the 8 of the data.
      expect(problems(query, { maxDepth: 8, maxIntrospectionDepth: 3 })).toEqual([]);
    });
  });
});

import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";

/**
 * What one GraphQL operation may ask for. The cost is the number of fields the operation
 * resolves once its fragments are expanded, a field's sub-selection counted `first` times
 * (the page size; the largest allowed when `first` is a variable): a query that nests or
 * repeats fragments grows as it would in the database.
 *
 * Introspection (`__schema`, `__type` and everything under them) has a depth allowance of its
 * own: the standard introspection query (graphql-js's getIntrospectionQuery, which GraphiQL
 * and most clients send) is 15 fields deep, its `ofType` chain being what makes it so, while
 * no question about the data needs more than 12. Introspection is answered from the schema in
 * memory, never from the database; its lists nesting in each other (`fields { type { fields`)
 * are refused by graphql-js's own MaxIntrospectionDepthRule, which Apollo applies.
 */
export interface QueryLimits {
  maxDepth: number;
  maxIntrospectionDepth: number;
  maxAliases: number;
  maxCost: number;
}

export const defaultQueryLimits: QueryLimits = { maxDepth: 12, maxIntrospectionDepth: 15, maxAliases: 30, maxCost: 20_000 };

/** Page sizes beyond this are refused by the resolvers; a variable `first` is costed at it. */
export const maxPageSize = 100;

/** One validation rule per operation: every limit it breaks, each in its own error. */
export function queryLimitRule(limits: QueryLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const fragments = Object.fromEntries(
        context
          .getDocument()
          .definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
          .map((d) => [d.name.value, d]),
      );
      const measured = measure(operation.selectionSet, fragments, limits);
      const name = operation.name?.value ?? "the operation";
      const problems = [
        measured.depth > limits.maxDepth && `${name} nests ${measured.depth} fields deep; the limit is ${limits.maxDepth}.`,
        measured.introspectionDepth > limits.maxIntrospectionDepth &&
          `${name} nests introspection ${measured.introspectionDepth} fields deep; the limit for introspection is ${limits.maxIntrospectionDepth}.`,
        measured.aliases > limits.maxAliases && `${name} uses ${measured.aliases} aliases; the limit is ${limits.maxAliases}.`,
        measured.cost > limits.maxCost &&
          // Counting stops past the limit (a fan of fragments could run to millions), so no total.
          `${name} would resolve more than ${limits.maxCost.toLocaleString("en-US")} fields, the limit. Ask for fewer fields or smaller pages.`,
      ].filter((p): p is string => typeof p === "string");
      for (const message of problems) {
        // Apollo reports every validation error as GRAPHQL_VALIDATION_FAILED.
        context.reportError(new GraphQLError(message, { nodes: operation }));
      }
    },
  });
}

interface Measured {
  depth: number;
  introspectionDepth: number;
  aliases: number;
  cost: number;
}

function measure(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, limits: QueryLimits): Measured {
  return { ...shape(set, fragments), cost: cost(set, fragments, limits.maxCost) };
}

const introspectionFields = new Set(["__schema", "__type"]);

/**
 * Depth and aliases, each fragment read once: as written, so a fan of fragments costs nothing
 * here. An introspection field counts as one field towards the depth, and what it nests is
 * measured, from it, against the introspection allowance.
 */
function shape(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>): Omit<Measured, "cost"> {
  const fragmentDepth = new Map<string, number>();
  let aliases = 0;
  let introspectionDepth = 0;
  const depthOf = (selections: SelectionSetNode, inFragments: Set<string>, inIntrospection: boolean): number => {
    let depth = 0;
    for (const selection of selections.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases += 1;
        const opensIntrospection = !inIntrospection && introspectionFields.has(selection.name.value);
        const below = selection.selectionSet ? depthOf(selection.selectionSet, inFragments, inIntrospection || opensIntrospection) : 0;
        if (opensIntrospection) introspectionDepth = Math.max(introspectionDepth, 1 + below);
        depth = Math.max(depth, 1 + (opensIntrospection ? 0 : below));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        depth = Math.max(depth, depthOf(selection.selectionSet, inFragments, inIntrospection));
      } else {
        const name = selection.name.value;
        const fragment = fragments[name];
        // An unknown or cyclic fragment is reported by graphql-js's own rules.
        if (fragment === undefined || inFragments.has(name)) continue;
        const key = `${inIntrospection ? "introspection" : "data"} ${name}`;
        if (!fragmentDepth.has(key)) fragmentDepth.set(key, depthOf(fragment.selectionSet, new Set([...inFragments, name]), inIntrospection));
        depth = Math.max(depth, fragmentDepth.get(key)!);
      }
    }
    return depth;
  };
  const depth = depthOf(set, new Set(), false);
  return { depth, introspectionDepth, aliases };
}

/**
 * Fields resolved once fragments are expanded, a sub-selection counted `first` times.
 * Counting stops just past `max`: a fan of fragments could run to millions.
 */
function cost(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, max: number): number {
  const walk = (selections: SelectionSetNode, inFragments: Set<string>): number => {
    let total = 0;
    for (const selection of selections.selections) {
      if (selection.kind === Kind.FIELD) {
        const first = selection.arguments?.find((a) => a.name.value === "first")?.value;
        const times = first === undefined ? 1 : first.kind === Kind.INT ? Math.max(1, Number(first.value)) : maxPageSize;
        total += 1 + (selection.selectionSet ? walk(selection.selectionSet, inFragments) * times : 0);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += walk(selection.selectionSet, inFragments);
      } else {
        const fragment = fragments[selection.name.value];
        if (fragment === undefined || inFragments.has(fragment.name.value)) continue;
        total += walk(fragment.selectionSet, new Set([...inFragments, fragment.name.value]));
      }
      if (total > max) return total;
    }
    return total;
  };
  return walk(set, new Set());
}

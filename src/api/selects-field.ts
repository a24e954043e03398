import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/**
 * Whether the request selects a field of this name anywhere below the resolved field (with
 * `ownOnly`, only among the resolved field's own fields), through fragments too. Lets a
 * resolver leave out of its Cypher what no one asked for.
 */
export function selectsField(info: GraphQLResolveInfo, name: string, { ownOnly = false }: { ownOnly?: boolean } = {}): boolean {
  const seen = new Set<string>();
  const search = (set: SelectionSetNode | undefined): boolean =>
    set?.selections.some((selection) => {
      switch (selection.kind) {
        case Kind.FIELD:
          return selection.name.value === name || (!ownOnly && search(selection.selectionSet));
        case Kind.INLINE_FRAGMENT:
          return search(selection.selectionSet);
        case Kind.FRAGMENT_SPREAD: {
          const fragment = info.fragments[selection.name.value];
          if (fragment === undefined || seen.has(fragment.name.value)) return false;
          seen.add(fragment.name.value);
          return search(fragment.selectionSet);
        }
      }
    }) ?? false;
  return info.fieldNodes.some((node) => search(node.selectionSet));
}

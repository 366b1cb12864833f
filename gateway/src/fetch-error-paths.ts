import { GraphQLError, Kind, parse, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

export type ResponsePath = Array<string | number>;

/**
 * What a failed subgraph fetch leaves missing, as response paths in the fetch's own terms: a
 * root fetch fills its root fields (`["partner"]`); an entity fetch fills fields of each
 * representation (`["_entities", 3, "availability"]`), which Apollo Gateway maps onto the
 * client's paths (`["offer", "availability"]`, `["partners", "edges", 3, "node", "sportVenue"]`)
 * exactly as it does for errors a subgraph returns itself.
 */
export function missingPaths(document: DocumentNode | string, variables: Record<string, unknown> | undefined): ResponsePath[] {
  const parsed = typeof document === 'string' ? parse(document) : document;
  const operation = parsed.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return [];
  const fragments = new Map(
    parsed.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]),
  );
  const paths: ResponsePath[] = [];
  for (const { name, responseName, selectionSet } of fieldsOf(operation.selectionSet, fragments)) {
    if (name !== '_entities' || !selectionSet) {
      paths.push([responseName]);
      continue;
    }
    const representations = Array.isArray(variables?.representations) ? (variables.representations as Array<{ __typename?: unknown }>) : [];
    representations.forEach((representation, index) => {
      const typename = typeof representation?.__typename === 'string' ? representation.__typename : undefined;
      for (const field of fieldsOf(selectionSet, fragments, typename)) paths.push([responseName, index, field.responseName]);
    });
  }
  return paths;
}

interface SelectedField {
  name: string;
  responseName: string;
  selectionSet?: SelectionSetNode;
}

/** The fields a selection set puts into its object (through fragments), without `__typename`. */
function fieldsOf(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, typename?: string, seen = new Set<string>()): SelectedField[] {
  const fields: SelectedField[] = [];
  const applies = (condition: string | undefined) => !typename || !condition || condition === typename;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const responseName = selection.alias?.value ?? selection.name.value;
      if (selection.name.value === '__typename' || seen.has(responseName)) continue;
      seen.add(responseName);
      fields.push({ name: selection.name.value, responseName, selectionSet: selection.selectionSet });
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (applies(selection.typeCondition?.name.value)) fields.push(...fieldsOf(selection.selectionSet, fragments, typename, seen));
    } else {
      const fragment = fragments.get(selection.name.value);
      if (fragment && applies(fragment.typeCondition.name.value)) fields.push(...fieldsOf(fragment.selectionSet, fragments, typename, seen));
    }
  }
  return fields;
}

/**
 * One error per missing path, carrying the cause and the subgraph (for the log: the gateway
 * logs every masked error with the request id) and no code, so the client sees it masked
 * (message, code and path only).
 */
export function missingFieldErrors(cause: unknown, paths: ResponsePath[], subgraph: string): GraphQLError[] {
  // Duck-typed: a socket error may come from another realm (a test runner's), failing instanceof.
  const original = typeof (cause as Error | null)?.message === 'string' ? (cause as Error) : new Error(String(cause));
  return paths.map((path) => new GraphQLError(original.message, { path, originalError: original, extensions: { subgraph } }));
}

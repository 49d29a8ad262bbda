/**
 * `Query._entities(representations:)`: the rows a gateway asks for by key, answered as the by-key
 * root field (`parent(id:)`) answers them — through the request's row loaders, so the N
 * representations of one type are one SELECT (per loader batch), with the viewer's row filters
 * ANDed in. A row the viewer may not read is null; a model the viewer may not read at all is
 * FORBIDDEN for each of its representations, as its by-key field is.
 *
 * Everything that could refuse the request is checked before the first statement: the
 * representations (`readRepresentations`), and the arguments of the fields selected under
 * `_entities`, which the operation's own check (`checkOperation`) does not reach, since it walks
 * down from relgraph's root fields only.
 */
import { Kind, OperationTypeNode, type GraphQLFieldResolver, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import type { Access } from '../access/Access.js';
import type { OperationChecks } from '../arguments/checkOperation.js';
import { toGraphQLError, withErrorCodes } from '../errors/toGraphQLError.js';
import type { MappedModel } from '../mapper/index.js';
import type { RelgraphContext } from '../resolvers/RelgraphContext.js';
import type { Entity } from './findEntities.js';
import { readRepresentations } from './readRepresentations.js';

/** What `_Entity` resolves its type from (`__typename`, as Apollo's subgraphs answer). */
export type EntityValue = Readonly<Record<string, unknown>> & { readonly __typename: string };

/**
 * @example
 * // { _entities(representations: [{ __typename: "Parent", id: 1 }, { __typename: "Parent", id: 2 }]) { ... on Parent { name } } }
 * // one statement: SELECT … FROM parent WHERE id IN (1, 2) [AND the viewer's row filter]
 */
export function createEntitiesResolver(
  entities: readonly Entity[],
  checks: OperationChecks,
): GraphQLFieldResolver<unknown, RelgraphContext, { representations: readonly unknown[] }> {
  const byName = new Map(entities.map((entity) => [entity.type.name, entity]));
  return withErrorCodes(async (_source: unknown, args: { representations: readonly unknown[] }, context: RelgraphContext, info) => {
    const references = readRepresentations(args.representations, byName);
    assertSelectedArguments(checks, info);
    const { access, loaders } = context.relgraph;
    const forbidden = new Map<Entity, Error | undefined>();
    for (const { entity } of references) if (!forbidden.has(entity)) forbidden.set(entity, unreadable(access, entity.model));
    // All loads are asked for before any is awaited, so that DataLoader batches each type's keys.
    return Promise.all(
      references.map(async ({ entity, key }): Promise<EntityValue | Error | null> => {
        // graphql-js answers an Error in a list as that item's error, at `_entities.<index>`.
        const denied = forbidden.get(entity);
        if (denied) return denied;
        const row = await loaders.row(entity.model).load(key);
        return row ? { ...row, __typename: entity.type.name } : null;
      }),
    );
  });
}

/** The FORBIDDEN error of a model the viewer may not read, with its code; undefined when it may. */
function unreadable(access: Access, model: MappedModel): Error | undefined {
  try {
    access.assertReadable(model);
    return undefined;
  } catch (error) {
    return toGraphQLError(error) as Error;
  }
}

/**
 * The arguments under `_entities` (`... on Parent { children(where: …) }`) get the checks those
 * under a root field get: the selections are walked as if they stood at the root, where each
 * `... on Parent` switches the walk to `Parent`.
 */
function assertSelectedArguments(checks: OperationChecks, info: GraphQLResolveInfo): void {
  const operation: OperationDefinitionNode = {
    kind: Kind.OPERATION_DEFINITION,
    operation: OperationTypeNode.QUERY,
    selectionSet: { kind: Kind.SELECTION_SET, selections: info.fieldNodes.flatMap((node) => node.selectionSet?.selections ?? []) },
  };
  const [problem] = checks.problems(info.schema, operation, info.fragments, info.variableValues).values();
  if (problem) throw problem;
}

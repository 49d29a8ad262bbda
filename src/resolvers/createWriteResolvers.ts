/**
 * Resolvers of the mutation root: create, update, delete, the delete preview and the link
 * mutations. Each turns its arguments into a call of `writes/Writes.ts` (or
 * `writes/previewDelete.ts`), in the operation's unit of work, or one of the field's own when
 * there is none (`writes/inUnitOfWork.ts`), and its result into the field's answer.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { FieldIndex } from '../inflect/FieldIndex.js';
import type { Inflection } from '../inflect/inflection.js';
import type { MappedModel } from '../mapper/index.js';
import type { FieldResolver, SchemaResolvers } from '../schema/index.js';
import { describeDeletePreview } from '../writes/describeDeletePreview.js';
import { inUnitOfWork } from '../writes/inUnitOfWork.js';
import { linkArguments, linkMutationName } from '../writes/linkArguments.js';
import { previewDelete } from '../writes/previewDelete.js';
import { Writes, type WriteScope } from '../writes/Writes.js';
import type { RelgraphContext } from './RelgraphContext.js';
import { withErrorCodes } from '../errors/toGraphQLError.js';

type Args = Record<string, unknown>;

/** Each field reads its arguments and hands them to `Writes` (`writes/Writes.ts`), which does the work. */
export function createWriteResolvers(
  inflection: Inflection,
  fields: FieldIndex,
): Pick<Required<SchemaResolvers>, 'create' | 'update' | 'delete' | 'previewDelete' | 'link'> {
  const writes = new Writes(inflection, fields);
  /** A field's key arguments read in key order; their names worked out once per field. */
  const keyOf = (model: MappedModel) => {
    const names = model.primaryKey.map((column) => inflection.fieldName(column.attribute));
    return (args: Args) => names.map((name) => args[name]);
  };
  const versionOf = (model: MappedModel, args: Args) =>
    model.versionColumn ? args[inflection.fieldName(model.versionColumn.attribute)] : undefined;
  const field = (name: string, write: (scope: WriteScope, args: Args, info: GraphQLResolveInfo) => Promise<unknown>): FieldResolver =>
    withErrorCodes((_source: unknown, args: Args, context: RelgraphContext, info: GraphQLResolveInfo) =>
      inUnitOfWork(context.relgraph, name, (scope) => write(scope, args, info)),
    );

  return {
    create: (model) => {
      const target = { name: inflection.createMutation(model), model };
      return field(target.name, (scope, args) => writes.create(scope, target, args.input as Args));
    },
    update: (model) => {
      const target = { name: inflection.updateMutation(model), model };
      const key = keyOf(model);
      return field(target.name, (scope, args) => writes.update(scope, target, key(args), args.input as Args, versionOf(model, args)));
    },
    delete: (model) => {
      const target = { name: inflection.deleteMutation(model), model };
      const key = keyOf(model);
      return field(target.name, (scope, args) => writes.delete(scope, target, key(args), versionOf(model, args)));
    },
    previewDelete: (model) => {
      const target = { name: inflection.deletePreviewMutation(model), model };
      const key = keyOf(model);
      return field(target.name, async (scope, args, info) =>
        describeDeletePreview(await previewDelete(scope, target, key(args), inflection), info.schema, inflection),
      );
    },
    link: (relationship, action) => {
      const target = { name: linkMutationName(inflection, relationship, action), model: relationship.owner };
      const read = linkArguments(relationship, action, inflection, fields);
      return field(target.name, (scope, args) => {
        const { ownerKey, targetKey, extra } = read(args);
        return writes.link(scope, target, relationship, action, ownerKey, targetKey, extra);
      });
    },
  };
}

/**
 * Resolvers of the mutation root: create, update, delete and the link mutations. Each field
 * works in the operation's session, flushes, then reads its payload back through fresh
 * loaders inside the same transaction (so the next field sees what this one wrote).
 */
import { NotFoundError } from '../errors/RelgraphError.js';
import type { Inflection } from '../inflect/inflection.js';
import type { MappedAssociationProxy, MappedModel, MappedRelationship } from '../mapper/index.js';
import type { FieldResolver } from '../schema/index.js';
import type { Session } from '../session/index.js';
import { stateOf } from '../session/index.js';
import { assertNullable, createFromInput, notFoundMessage, updateFromInput, type InputContext, type InputLimits } from './applyInput.js';
import { mapWriteError } from './mapWriteError.js';
import type { FieldIndex } from './readListArgs.js';
import type { RelgraphContext } from './RelgraphContext.js';
import { withErrorCodes } from './toGraphQLError.js';

type Args = Record<string, unknown>;

export interface WriteResolvers {
  create(model: MappedModel): FieldResolver;
  update(model: MappedModel): FieldResolver;
  delete(model: MappedModel): FieldResolver;
  link(relationship: MappedRelationship | MappedAssociationProxy, action: 'add' | 'remove' | 'set'): FieldResolver;
}

export function createWriteResolvers(inflection: Inflection, fields: FieldIndex, limits: InputLimits): WriteResolvers {
  const keyOf = (model: MappedModel, args: Args) => model.primaryKey.map((column) => args[inflection.fieldName(column.attribute)]);

  /** Runs one mutation field: its work, a flush, then its payload read back by key. */
  const mutation = (name: string, model: MappedModel, work: (session: Session, input: InputContext, args: Args, context: RelgraphContext) => Promise<object>) =>
    withErrorCodes(async (_source: unknown, args: Args, context: RelgraphContext) => {
      const { session, dialect } = context.relgraph;
      if (!session) throw new Error(`${name} ran outside a unit of work; mutations need the server's transaction plugin.`);
      let instance: object;
      try {
        instance = await work(session, { session, fields, inflection, limits }, args, context);
        await session.flush();
      } catch (error) {
        throw mapWriteError(dialect, error, name);
      }
      context.relgraph.loaders.clear();
      return context.relgraph.loaders.row(model).load(stateOf(instance).key('current'));
    });

  const load = async (session: Session, model: MappedModel, key: unknown[]) => {
    const instance = await session.get(model, key);
    if (!instance) throw new NotFoundError(notFoundMessage({ inflection }, model, key));
    return instance as object;
  };

  return {
    create: (model) => mutation(inflection.createMutation(model), model, (_session, input, args) => createFromInput(input, model, args.input as Args)),

    update: (model) => mutation(inflection.updateMutation(model), model, async (session, input, args) => {
      const instance = await load(session, model, keyOf(model, args));
      await updateFromInput(input, model, instance, args.input as Args);
      return instance;
    }),

    delete: (model) => withErrorCodes(async (_source: unknown, args: Args, context: RelgraphContext) => {
      const { session, dialect, loaders } = context.relgraph;
      if (!session) throw new Error('deletes need the server\'s transaction plugin.');
      const key = keyOf(model, args);
      // The payload is the row as it was: read before the delete.
      const before = await loaders.row(model).load(key);
      try {
        session.delete(await load(session, model, key));
        await session.flush();
      } catch (error) {
        throw mapWriteError(dialect, error, inflection.deleteMutation(model));
      }
      loaders.clear();
      return before;
    }),

    link: (relationship, action) => {
      const owner = relationship.owner;
      const target = relationship.target;
      const name = action === 'add' ? inflection.addLinkMutation(owner, relationship)
        : action === 'remove' ? inflection.removeLinkMutation(owner, relationship)
          : inflection.setLinkMutation(owner, relationship as MappedRelationship);
      const targetArgument = inflection.linkTargetArgument(relationship);
      return mutation(name, owner, async (session, _input, args) => {
        const instance = await load(session, owner, keyOf(owner, args));
        const targetKey = args[targetArgument];
        if (action === 'set' && (targetKey === null || targetKey === undefined)) {
          assertNullable({ inflection }, relationship as MappedRelationship);
          await session.setRelated(instance, relationship.name, null);
          return instance;
        }
        const related = await load(session, target, [targetKey]);
        if (action === 'set') await session.setRelated(instance, relationship.name, related);
        else if (action === 'remove') await session.unlink(instance, relationship.name, related);
        else await session.link(instance, relationship.name, related, extraColumns(relationship, args, inflection, fields));
        return instance;
      });
    },
  };
}

/** The association's own columns given to a proxy's add mutation (`extraData`), by attribute. */
function extraColumns(relationship: MappedRelationship | MappedAssociationProxy, args: Args, inflection: Inflection, fields: FieldIndex): Record<string, unknown> {
  if (relationship.kind !== 'associationProxy') return {};
  const association = relationship.relationship.target;
  const extra: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(args)) {
    const column = fields.field(association, name);
    if (!column || 'kind' in column || value === undefined) continue;
    // The owner's key and the target argument name the link itself, not extra columns.
    if (name === inflection.linkTargetArgument(relationship)) continue;
    if (relationship.owner.primaryKey.some((c) => inflection.fieldName(c.attribute) === name)) continue;
    extra[column.attribute] = value;
  }
  return extra;
}

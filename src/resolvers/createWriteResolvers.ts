/**
 * Resolvers of the mutation root: create, update, delete and the link mutations. Each field
 * works in the operation's session, checks the viewer's rules on the rows it touches, flushes,
 * then reads its payload back through fresh loaders inside the same transaction (so the next
 * field sees what this one wrote, and a payload the viewer may not read fails the operation).
 */
import { ForbiddenError, NotFoundError } from '../errors/RelgraphError.js';
import type { Inflection } from '../inflect/inflection.js';
import type { MappedAssociationProxy, MappedModel, MappedRelationship } from '../mapper/index.js';
import type { FieldResolver } from '../schema/index.js';
import type { LoadOptions, Session } from '../session/index.js';
import { stateOf } from '../session/index.js';
import { forbiddenMessage } from './Access.js';
import { assertNullable, createFromInput, notFoundMessage, updateFromInput, type InputContext, type InputLimits } from './applyInput.js';
import { mapWriteError } from './mapWriteError.js';
import type { FieldIndex } from './readListArgs.js';
import type { RelgraphContext } from './RelgraphContext.js';
import { RowChecks } from './RowChecks.js';
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

  /**
   * Runs one mutation field: its work (which may record authorization checks), a flush, the
   * checks deferred until the rows exist, then its payload read back by key — which must be
   * readable by the viewer.
   */
  const mutation = (name: string, model: MappedModel, work: (session: Session, input: InputContext, args: Args, context: RelgraphContext) => Promise<object>) =>
    withErrorCodes(async (_source: unknown, args: Args, context: RelgraphContext) => {
      const { session, dialect, access } = context.relgraph;
      if (!session) throw new Error(`${name} ran outside a unit of work; mutations need the server's transaction plugin.`);
      const checks = new RowChecks(() => context.relgraph.loaders);
      let instance: object;
      try {
        instance = await work(session, { session, fields, inflection, limits, access, checks }, args, context);
        await session.flush();
      } catch (error) {
        throw mapWriteError(dialect, error, name);
      }
      context.relgraph.loaders.clear();
      await checks.runDeferred();
      const payload = await context.relgraph.loaders.row(model).load(stateOf(instance).key('current'));
      if (!payload && access.enforced) throw new ForbiddenError(`You may not read the ${model.name} that ${name} returns, so it was not done.`);
      return payload;
    });

  const load = async (session: Session, model: MappedModel, key: unknown[], options: LoadOptions = {}) => {
    const instance = await session.get(model, key, options);
    if (!instance) throw new NotFoundError(notFoundMessage({ inflection }, model, key));
    return instance as object;
  };

  /**
   * The two rows of a link, read `FOR UPDATE` so that the link holds until COMMIT, and locked in
   * one order for every request (by model, then key), so that two link mutations on the same
   * rows wait for each other instead of deadlocking.
   */
  const loadLinkEnds = async (session: Session, owner: [MappedModel, unknown[]], target: [MappedModel, unknown[]] | undefined) => {
    const ends = target ? [owner, target] : [owner];
    const order = [...ends].sort(([a, ak], [b, bk]) => `${a.name}|${JSON.stringify(ak)}`.localeCompare(`${b.name}|${JSON.stringify(bk)}`));
    for (const [model, key] of order) await load(session, model, key, { lock: true });
    return Promise.all(ends.map(([model, key]) => load(session, model, key)));
  };

  return {
    create: (model) => mutation(inflection.createMutation(model), model, async (_session, input, args) => {
      const decision = input.access.assertAllowed('create', model);
      const instance = await createFromInput(input, model, args.input as Args);
      input.checks.defer(model, instance, decision, forbiddenMessage('create', model, undefined, inflection));
      return instance;
    }),

    update: (model) => mutation(inflection.updateMutation(model), model, async (session, input, args) => {
      const decision = input.access.assertAllowed('update', model);
      const instance = await load(session, model, keyOf(model, args));
      const message = forbiddenMessage('update', model, undefined, inflection);
      await input.checks.require(model, [instance], decision, message);
      await updateFromInput(input, model, instance, args.input as Args);
      input.checks.defer(model, instance, decision, message);
      return instance;
    }),

    delete: (model) => withErrorCodes(async (_source: unknown, args: Args, context: RelgraphContext) => {
      const { session, dialect, loaders, access } = context.relgraph;
      if (!session) throw new Error('deletes need the server\'s transaction plugin.');
      const decision = access.assertAllowed('delete', model);
      access.assertReadable(model);
      const key = keyOf(model, args);
      // The payload is the row as it was: read before the delete.
      const before = await loaders.row(model).load(key);
      try {
        const instance = await load(session, model, key);
        await new RowChecks(() => loaders).require(model, [instance], decision, forbiddenMessage('delete', model, undefined, inflection));
        session.delete(instance);
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
      return mutation(name, owner, async (session, input, args) => {
        const decision = input.access.assertAllowed('link', owner, relationship.name);
        const targetKey = args[targetArgument];
        const unlinking = action === 'set' && (targetKey === null || targetKey === undefined);
        const [instance, related] = await loadLinkEnds(session, [owner, keyOf(owner, args)], unlinking ? undefined : [target, [targetKey]]);
        await input.checks.require(owner, [instance!], decision, forbiddenMessage('link', owner, relationship.name, inflection));
        if (unlinking) {
          assertNullable({ inflection }, relationship as MappedRelationship);
          await session.setRelated(instance!, relationship.name, null);
          return instance!;
        }
        await input.checks.require(target, [related!], input.access.decide('read', target), `You may not link ${target.name} rows you may not read.`);
        if (action === 'set') await session.setRelated(instance!, relationship.name, related!);
        else if (action === 'remove') await session.unlink(instance!, relationship.name, related!);
        else await session.link(instance!, relationship.name, related!, extraColumns(relationship, args, inflection, fields));
        return instance!;
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

/**
 * Resolvers of the mutation root: create, update, delete and the link mutations. Each field
 * works in the operation's session, checks the viewer's rules on the rows it touches, flushes,
 * then reads its payload back through fresh loaders inside the same transaction (so the next
 * field sees what this one wrote, and a payload the viewer may not read fails the operation).
 * Executed without an operation's unit of work (a server that does not run `relgraph.execute`),
 * each field opens one of its own: one transaction per field instead of one per operation.
 */
import { ForbiddenError, NotFoundError } from '../errors/RelgraphError.js';
import type { Inflection } from '../inflect/inflection.js';
import type { MappedAssociationProxy, MappedModel, MappedRelationship } from '../mapper/index.js';
import type { FieldResolver } from '../schema/index.js';
import type { LoadOptions, Session } from '../session/index.js';
import { lockedEnd, stateOf } from '../session/index.js';
import { forbiddenMessage } from './Access.js';
import { createFromInput, notFoundMessage, updateFromInput, type InputContext } from './applyInput.js';
import { checkExpectedVersion } from './checkExpectedVersion.js';
import { mapWriteError } from './mapWriteError.js';
import type { FieldIndex } from './readListArgs.js';
import type { RelgraphContext } from './RelgraphContext.js';
import { RowChecks } from './RowChecks.js';
import { withErrorCodes } from './toGraphQLError.js';

type Args = Record<string, unknown>;

/** `RelgraphContext['relgraph']` inside a unit of work: the session is there. */
export type UnitOfWorkContext = RelgraphContext['relgraph'] & { readonly session: Session };

/**
 * Runs one mutation field's work in a unit of work of its own — a transaction, a session and
 * loaders bound to it, rerun on a deadlock — and returns what `work` returned, after COMMIT.
 */
export type FieldUnitOfWork = <T>(work: (relgraph: UnitOfWorkContext) => Promise<T>) => Promise<T>;

/**
 * Where `createRelgraph().createContext()` leaves its `FieldUnitOfWork` on `context.relgraph`:
 * a symbol, so that it stays out of the shape users see and spread.
 *
 * @example
 * Object.defineProperty(context.relgraph, fieldUnitOfWork, { value: runField });
 */
export const fieldUnitOfWork: unique symbol = Symbol('relgraph.fieldUnitOfWork');

/**
 * Runs a mutation field in the operation's unit of work, or — when the operation has none,
 * because the server executes with plain graphql-js (Apollo Server without `apolloGateway`,
 * graphql-http, ...) — in a unit of work of the field's own. The request's loaders then forget
 * what they read, so that the payload's nested fields, and the fields after this one, see the
 * rows as this field left them.
 */
export async function inUnitOfWork<T>(
  context: RelgraphContext,
  name: string,
  work: (relgraph: UnitOfWorkContext) => Promise<T>,
): Promise<T> {
  const { relgraph } = context;
  if (relgraph.session) return work(relgraph as UnitOfWorkContext);
  const runField = (relgraph as { readonly [fieldUnitOfWork]?: FieldUnitOfWork })[fieldUnitOfWork];
  if (!runField) {
    throw new Error(
      `${name} ran outside a unit of work, and the GraphQL context cannot open one. Build the context with relgraph.createContext(viewer), or execute with relgraph.execute.`,
    );
  }
  const result = await runField(work);
  relgraph.loaders.clear();
  return result;
}

export interface WriteResolvers {
  create(model: MappedModel): FieldResolver;
  update(model: MappedModel): FieldResolver;
  delete(model: MappedModel): FieldResolver;
  link(relationship: MappedRelationship | MappedAssociationProxy, action: 'add' | 'remove' | 'set'): FieldResolver;
}

export function createWriteResolvers(inflection: Inflection, fields: FieldIndex): WriteResolvers {
  const keyOf = (model: MappedModel, args: Args) => model.primaryKey.map((column) => args[inflection.fieldName(column.attribute)]);

  /**
   * Runs one mutation field: its work (which may record authorization checks), a flush, the
   * checks deferred until the rows exist, then its payload read back by key — which must be
   * readable by the viewer.
   */
  const mutation = (name: string, model: MappedModel, work: (session: Session, input: InputContext, args: Args) => Promise<object>) =>
    withErrorCodes((_source: unknown, args: Args, context: RelgraphContext) =>
      inUnitOfWork(context, name, async (relgraph) => {
        const { session, dialect, access } = relgraph;
        const checks = new RowChecks(() => relgraph.loaders);
        let instance: object;
        try {
          instance = await work(session, { session, fields, inflection, access, checks }, args);
          await session.flush();
        } catch (error) {
          throw mapWriteError(dialect, error, name, inflection);
        }
        relgraph.loaders.clear();
        await checks.runDeferred();
        // A row this operation read and did not write is its payload as it stands: reading it
        // again would give the same values. Under a policy the read also applies the viewer's
        // row filter, so it is always made.
        const payload =
          (access.enforced ? undefined : session.rowAsRead(instance)) ??
          (await relgraph.loaders.row(model).load(stateOf(instance).key('current')));
        if (!payload && access.enforced)
          throw new ForbiddenError(`You may not read the ${model.name} that ${name} returns, so it was not done.`);
        return payload;
      }),
    );

  const load = async (session: Session, model: MappedModel, key: unknown[], options: LoadOptions = {}) => {
    const instance = await session.get(model, key, options);
    if (!instance) throw new NotFoundError(notFoundMessage({ inflection }, model, key));
    return instance as object;
  };

  /**
   * The two rows of a link. One of them is read `FOR UPDATE`, so that the link holds until COMMIT
   * and the payload read back shows it even when other requests work on the same rows: the row
   * whose column the link writes (the child of a one-to-many, the owner of a many-to-one), or,
   * for a link stored in a secondary table, one end chosen the same way whichever side the
   * request comes from — so that requests on one link wait for each other, and only they do.
   */
  const loadLinkEnds = async (
    session: Session,
    relationship: MappedRelationship | MappedAssociationProxy,
    ownerKey: unknown[],
    targetKey: unknown[] | undefined,
  ) => {
    const ends: Array<[MappedModel, unknown[]]> = targetKey
      ? [
          [relationship.owner, ownerKey],
          [relationship.target, targetKey],
        ]
      : [[relationship.owner, ownerKey]];
    const locked = ends[lockedEnd(relationship, ownerKey, targetKey)] ?? ends[0]!;
    await load(session, locked[0], locked[1], { lock: true });
    return Promise.all(ends.map(([model, key]) => load(session, model, key)));
  };

  return {
    create: (model) =>
      mutation(inflection.createMutation(model), model, async (_session, input, args) => {
        const decision = input.access.assertAllowed('create', model);
        const instance = await createFromInput(input, model, args.input as Args);
        input.checks.defer(model, instance, decision, forbiddenMessage('create', model, undefined, inflection));
        return instance;
      }),

    update: (model) =>
      mutation(inflection.updateMutation(model), model, async (session, input, args) => {
        const decision = input.access.assertAllowed('update', model);
        const instance = await load(session, model, keyOf(model, args));
        const message = forbiddenMessage('update', model, undefined, inflection);
        await input.checks.require(model, [instance], decision, message);
        checkExpectedVersion(inflection, model, instance, args);
        await updateFromInput(input, model, instance, args.input as Args);
        input.checks.defer(model, instance, decision, message);
        return instance;
      }),

    delete: (model) =>
      withErrorCodes((_source: unknown, args: Args, context: RelgraphContext) =>
        inUnitOfWork(context, inflection.deleteMutation(model), async (relgraph) => {
          const { session, dialect, loaders, access } = relgraph;
          const decision = access.assertAllowed('delete', model);
          access.assertReadable(model);
          const key = keyOf(model, args);
          // The payload is the row as it was: read before the delete (through the loaders under a
          // policy, which apply the viewer's row filter; else as the session reads it to delete it).
          let before = access.enforced ? await loaders.row(model).load(key) : undefined;
          try {
            const instance = await load(session, model, key);
            if (!access.enforced) before = session.rowAsRead(instance) ?? (await loaders.row(model).load(key));
            await new RowChecks(() => loaders).require(
              model,
              [instance],
              decision,
              forbiddenMessage('delete', model, undefined, inflection),
            );
            checkExpectedVersion(inflection, model, instance, args);
            session.delete(instance);
            await session.flush();
          } catch (error) {
            throw mapWriteError(dialect, error, inflection.deleteMutation(model), inflection);
          }
          loaders.clear();
          return before;
        }),
      ),

    link: (relationship, action) => {
      const owner = relationship.owner;
      const target = relationship.target;
      const name =
        action === 'add'
          ? inflection.addLinkMutation(owner, relationship)
          : action === 'remove'
            ? inflection.removeLinkMutation(owner, relationship)
            : inflection.setLinkMutation(owner, relationship as MappedRelationship);
      const targetArgument = inflection.linkTargetArgument(relationship);
      return mutation(name, owner, async (session, input, args) => {
        const decision = input.access.assertAllowed('link', owner, relationship.name);
        const targetKey = args[targetArgument];
        const unlinking = action === 'set' && (targetKey === null || targetKey === undefined);
        const [instance, related] = await loadLinkEnds(session, relationship, keyOf(owner, args), unlinking ? undefined : [targetKey]);
        await input.checks.require(owner, [instance!], decision, forbiddenMessage('link', owner, relationship.name, inflection));
        // A NOT NULL many-to-one was refused before any SQL (`checkOperation`).
        if (unlinking) {
          await session.setRelated(instance!, relationship.name, null);
          return instance!;
        }
        await input.checks.require(
          target,
          [related!],
          input.access.decide('read', target),
          `You may not link ${target.name} rows you may not read.`,
        );
        if (action === 'set') await session.setRelated(instance!, relationship.name, related!);
        else if (action === 'remove') await session.unlink(instance!, relationship.name, related!);
        else await session.link(instance!, relationship.name, related!, extraColumns(relationship, args, inflection, fields));
        return instance!;
      });
    },
  };
}

/** The association's own columns given to a proxy's add mutation (`extraData`), by attribute. */
function extraColumns(
  relationship: MappedRelationship | MappedAssociationProxy,
  args: Args,
  inflection: Inflection,
  fields: FieldIndex,
): Record<string, unknown> {
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

/**
 * What each mutation does, without GraphQL: create, update, delete and link rows in the
 * operation's session, with the viewer's rules checked on every row touched, the lock order of
 * links kept, the session flushed, and the payload row read back in the same transaction (so the
 * next field sees what this one wrote, and a payload the viewer may not read fails the operation).
 *
 * The resolvers (`resolvers/createWriteResolvers.ts`) only turn arguments into these calls; a
 * test or another transport can call them with a session of its own.
 */
import type { Access } from '../access/Access.js';
import { forbiddenMessage } from '../access/Access.js';
import { RowChecks } from '../access/RowChecks.js';
import type { Dialect } from '../dialect/Dialect.js';
import { ForbiddenError, NotFoundError } from '../errors/RelgraphError.js';
import type { FieldIndex } from '../inflect/FieldIndex.js';
import type { Inflection } from '../inflect/inflection.js';
import type { Loaders } from '../loaders/Loaders.js';
import type { Row } from '../rows/Row.js';
import type { MappedAssociationProxy, MappedModel, MappedRelationship } from '../mapper/index.js';
import type { LoadOptions, Session } from '../session/index.js';
import { type LinkChange, lockedEnd, stateOf } from '../session/index.js';
import { createFromInput, type InputContext, notFoundMessage, unreadableTargets, updateFromInput } from './applyInput.js';
import { checkExpectedVersion } from './checkExpectedVersion.js';
import { mapWriteError } from './mapWriteError.js';

/** The unit of work a write runs in: its session, the viewer, and the loaders that read back (replaced as fields run). */
export interface WriteScope {
  readonly session: Session;
  readonly dialect: Dialect;
  readonly access: Access;
  loaders: Loaders;
}

/** A mutation by its GraphQL name (for messages) and the model whose row it answers. */
export interface WriteTarget {
  readonly name: string;
  readonly model: MappedModel;
}

type Input = Record<string, unknown>;
/** `add`, `remove` a link of a list relationship or proxy; `set` (or clear, with no target) a to-one. */
export type LinkAction = 'add' | 'remove' | 'set';

export class Writes {
  readonly #inflection: Inflection;
  readonly #fields: FieldIndex;

  constructor(inflection: Inflection, fields: FieldIndex) {
    this.#inflection = inflection;
    this.#fields = fields;
  }

  /** `createM(input)`: the new row, its nested creates and links. */
  create(scope: WriteScope, target: WriteTarget, input: Input): Promise<Row> {
    const { model } = target;
    return this.#write(scope, target, async (context) => {
      const decision = scope.access.assertAllowed('create', model);
      const instance = await createFromInput(context, model, input);
      context.checks.defer(model, instance, decision, forbiddenMessage('create', model, undefined, this.#inflection));
      return instance;
    });
  }

  /** `updateM(key, version?, input)`: the row after the update. */
  update(scope: WriteScope, target: WriteTarget, key: unknown[], input: Input, expectedVersion: unknown): Promise<Row> {
    const { model } = target;
    return this.#write(scope, target, async (context) => {
      const decision = scope.access.assertAllowed('update', model);
      const instance = await this.#load(scope.session, model, key);
      const message = forbiddenMessage('update', model, undefined, this.#inflection);
      await context.checks.require(model, [instance], decision, message);
      checkExpectedVersion(this.#inflection, model, instance, expectedVersion);
      await updateFromInput(context, model, instance, input);
      context.checks.defer(model, instance, decision, message);
      return instance;
    });
  }

  /** `deleteM(key, version?)`: the row as it was before the delete, or undefined when the viewer may not read it. */
  async delete(scope: WriteScope, target: WriteTarget, key: unknown[], expectedVersion: unknown): Promise<Row | null | undefined> {
    const { session, access, dialect } = scope;
    const { model, name } = target;
    const decision = access.assertAllowed('delete', model);
    access.assertReadable(model);
    // The payload is the row as it was: read before the delete (through the loaders under a
    // policy, which apply the viewer's row filter; else as the session reads it to delete it).
    let before = access.enforced ? await scope.loaders.row(model).load(key) : undefined;
    try {
      const instance = await this.#load(session, model, key);
      if (!access.enforced) before = session.rowAsRead(instance) ?? (await scope.loaders.row(model).load(key));
      await new RowChecks(() => scope.loaders).require(
        model,
        [instance],
        decision,
        forbiddenMessage('delete', model, undefined, this.#inflection),
      );
      checkExpectedVersion(this.#inflection, model, instance, expectedVersion);
      session.delete(instance);
      await session.flush();
    } catch (error) {
      throw mapWriteError(dialect, error, name, this.#inflection);
    }
    scope.loaders.clear();
    return before;
  }

  /**
   * `addMR`, `removeMR`, `setMR`: one link between the owner and the target (none, to clear a
   * to-one), with an association object's own columns in `extra`. The owner row is the payload.
   */
  link(
    scope: WriteScope,
    target: WriteTarget,
    relationship: MappedRelationship | MappedAssociationProxy,
    action: LinkAction,
    ownerKey: unknown[],
    targetKey: unknown[] | undefined,
    extra: Input,
  ): Promise<Row> {
    const { owner, target: targetModel } = relationship;
    return this.#write(scope, target, async (context) => {
      const decision = scope.access.assertAllowed('link', owner, relationship.name);
      // `set` replaces the link it had, so it locks as a removal does.
      const change = action === 'add' ? 'add' : 'remove';
      const [instance, related] = await this.#loadLinkEnds(scope.session, relationship, change, ownerKey, targetKey);
      await context.checks.require(owner, [instance!], decision, forbiddenMessage('link', owner, relationship.name, this.#inflection));
      // A NOT NULL many-to-one was refused before any SQL (`checkOperation`).
      if (!targetKey) {
        await scope.session.setRelated(instance!, relationship.name, null);
        return instance!;
      }
      await context.checks.require(targetModel, [related!], scope.access.decide('read', targetModel), unreadableTargets(targetModel));
      if (action === 'set') await scope.session.setRelated(instance!, relationship.name, related!);
      else if (action === 'remove') await scope.session.unlink(instance!, relationship.name, related!);
      else await scope.session.link(instance!, relationship.name, related!, extra);
      return instance!;
    });
  }

  /**
   * One write: its work (which may record authorization checks), a flush, the checks deferred
   * until the rows exist, then its payload read back by key — which must be readable by the viewer.
   */
  async #write(scope: WriteScope, target: WriteTarget, work: (context: InputContext) => Promise<object>): Promise<Row> {
    const { session, dialect, access } = scope;
    const checks = new RowChecks(() => scope.loaders);
    let instance: object;
    try {
      instance = await work({ session, fields: this.#fields, inflection: this.#inflection, access, checks });
      await session.flush();
    } catch (error) {
      throw mapWriteError(dialect, error, target.name, this.#inflection);
    }
    scope.loaders.clear();
    await checks.runDeferred();
    // A row this operation read and did not write is its payload as it stands: reading it
    // again would give the same values. Under a policy the read also applies the viewer's
    // row filter, so it is always made.
    const payload =
      (access.enforced ? undefined : session.rowAsRead(instance)) ??
      (await scope.loaders.row(target.model).load(stateOf(instance).key('current')));
    if (!payload && access.enforced)
      throw new ForbiddenError(`You may not read the ${target.model.name} that ${target.name} returns, so it was not done.`);
    return payload!;
  }

  async #load(session: Session, model: MappedModel, key: unknown[], options: LoadOptions = {}): Promise<object> {
    const instance = await session.get(model, key, options);
    if (!instance) throw new NotFoundError(notFoundMessage({ inflection: this.#inflection }, model, key));
    return instance as object;
  }

  /**
   * The two rows of a link. One of them is read locked, so that the link holds until COMMIT and
   * the payload read back shows it even when other requests work on the same rows: the end
   * `lockedEnd` names (`session/lockOrder.ts`), chosen the same way whichever side the request
   * comes from. It is locked for update where the flush changes it (the row holding the foreign
   * key), so that requests on one link wait for each other, and only they do, and where the link
   * is removed (a DELETE that finds no row locks nothing); shared for an end of a `secondary` row
   * that is linked (`lockedEndMode`), where the link row's own key keeps two writes of one link
   * apart (and `keylessLinks` locks for update a table without one) while other links of the same
   * row go on.
   */
  async #loadLinkEnds(
    session: Session,
    relationship: MappedRelationship | MappedAssociationProxy,
    change: LinkChange,
    ownerKey: unknown[],
    targetKey: unknown[] | undefined,
  ): Promise<object[]> {
    const ends: Array<[MappedModel, unknown[]]> = targetKey
      ? [
          [relationship.owner, ownerKey],
          [relationship.target, targetKey],
        ]
      : [[relationship.owner, ownerKey]];
    const locked = ends[lockedEnd(relationship, ownerKey, targetKey)] ?? ends[0]!;
    await this.#load(session, locked[0], locked[1], { lock: session.lockModeOf(relationship, 'lockedEnd', change) });
    return Promise.all(ends.map(([model, key]) => this.#load(session, model, key)));
  }
}

/**
 * The unit of work: an identity map, the objects added, changed and deleted, the links made
 * and broken, and `flush()`, which writes them all in dependency order inside the caller's
 * transaction (SQLAlchemy's `Session`, `orm/session.py` and `orm/unitofwork.py`).
 */
import type { ModelClass, TableColumn } from '../declare/index.js';
import type { Dialect } from '../dialect/Dialect.js';
import type { Executor } from '../dialect/Driver.js';
import type { MappedAssociationProxy, MappedModel, MappedRelationship, Mapping } from '../mapper/index.js';
import type { Row } from '../rows/Row.js';
import { decodeRow } from '../rows/rowDecoder.js';
import { relatedPath } from '../sql/relatedPath.js';
import { selectRowKeysIn } from '../sql/flushSelects.js';
import { selectByKeys, selectRelated } from '../sql/selectStatements.js';
import type { LockMode } from '../sql/statements.js';
import { collectDeletes, type DeletePlan } from './collectDeletes.js';
import { processorOf } from './dependency/processorOf.js';
import { executeFlush } from './executeFlush.js';
import { IdentityMap, identityKey } from './IdentityMap.js';
import { getValidKeylessLinkTables } from './keylessLinks.js';
import { getState, type InstanceState } from './InstanceState.js';
import { events, instrument, isMappedInstance, stateOf } from './instrument.js';
import { LinkLog } from './LinkLog.js';
import { type LinkChange, lockedEndMode, targetLockMode } from './lockOrder.js';
import type { ChangeLog } from './ChangeLog.js';
import { planFlush, sameValue, type FlushPlan } from './planFlush.js';
import { previewFlush, type FlushPreview } from './previewFlush.js';
import { readRowKeys } from './readRowKeys.js';
import type { LinkRecorder } from './relationshipEvents.js';
import { initialVersion } from './versioning.js';

export interface SessionOptions {
  readonly mapping: Mapping;
  /** Where statements run: a transaction's executor, or a driver (then `commit()` opens one). */
  readonly executor: Executor;
  readonly dialect: Dialect;
  /**
   * The `secondary` tables that have no primary key or unique index over their link columns in
   * this database: their names, or what `checkLinkTables` returned. Links into them are kept
   * unique by locking and checking before each insert (two statements more per batch). Default
   * none: every secondary table is taken to have its key, as `createAll` makes it.
   */
  readonly keylessLinkTables?: Iterable<string | { readonly table: string }>;
  /** Records what each flush changed, for subscribers: the server publishes it after COMMIT. Default none. */
  readonly changes?: ChangeLog;
}

/** How a load reads its rows. */
export interface LoadOptions {
  /**
   * A locking read (inside a transaction, where the dialect has row locks): the rows stay as the
   * unit of work saw them until COMMIT. A link found already made, or a child found pointing
   * elsewhere, cannot change under it before it reads its results back. `true` or `'update'`:
   * `FOR UPDATE`, for rows this transaction will change; `'share'`: `LOCK IN SHARE MODE`, for
   * rows that must only stay as they are (the ends of a link), which other transactions may
   * lock the same way at once.
   */
  readonly lock?: boolean | LockMode;
}

/** A driver: an executor that can also run a transaction, for `commit()`. */
interface TransactionRunner extends Executor {
  transaction<T>(work: (tx: Executor) => Promise<T>): Promise<T>;
}

type ModelRef = MappedModel | ModelClass<any>;

/**
 * Two ways to use it. Bound to a transaction, everything it reads and writes is in that
 * transaction (the GraphQL server works so):
 *
 * @example
 * await driver.transaction(async (tx) => {
 *   const session = new Session({ mapping, executor: tx, dialect: driver.dialect });
 *   const parent = await session.get(Parent, 1);
 *   parent.children.push(new Child({ name: 'new' }));   // child.parent is set too
 *   await session.flush();                              // INSERT child, with parent_id = 1
 * });
 *
 * Bound to the driver, it reads in autocommit and `commit()` writes every change in one
 * transaction, or none of them:
 *
 * @example
 * const session = new Session({ mapping, executor: driver, dialect: driver.dialect });
 * (await session.get(Parent, 1)).name = 'renamed';
 * await session.commit();                               // BEGIN, UPDATE parent, COMMIT
 */
export class Session implements LinkRecorder {
  readonly links = new LinkLog();
  readonly #mapping: Mapping;
  #executor: Executor;
  readonly #dialect: Dialect;
  readonly #keylessLinkTables: ReadonlySet<string>;
  readonly #changes: ChangeLog | undefined;
  readonly #identity = new IdentityMap();
  readonly #pending: InstanceState[] = [];
  /** Instances a flush inserted or changed: their values are what was written, not what a read gives back. */
  readonly #written = new WeakSet<InstanceState>();
  readonly #deleted = new Set<InstanceState>();
  #added = 0;
  #failed: unknown;

  constructor(options: SessionOptions) {
    this.#mapping = options.mapping;
    this.#executor = options.executor;
    this.#dialect = options.dialect;
    this.#keylessLinkTables = getValidKeylessLinkTables(options.mapping, options.keylessLinkTables);
    this.#changes = options.changes;
    instrument(options.mapping);
  }

  /** Starts tracking a new object; objects related to it through save-update cascades follow. */
  add(instance: object): void {
    const state = this.#state(instance, 'session.add()');
    if (state.session === this || state.status === 'persistent') return;
    if (state.session && state.session !== this) {
      throw new TypeError(`session.add(): ${state} belongs to another session.`);
    }
    state.session = this;
    state.status = 'pending';
    state.addedAt = this.#added++;
    // Optimistic locking: a new row starts at version 1 (or now), unless given one.
    const version = state.model.versionColumn;
    if (version && (state.values.get(version.attribute) ?? null) === null) state.values.set(version.attribute, initialVersion(version));
    this.#pending.push(state);
    this.#replayLinks(state);
  }

  /** @internal LinkRecorder: a new object linked to a tracked one joins the session. */
  adopt(state: InstanceState): void {
    if (state.status === 'transient') this.add(state.instance);
  }

  /** Marks an object for deletion at the next flush, with what its cascades reach. */
  delete(instance: object): void {
    const state = this.#state(instance, 'session.delete()');
    if (state.status === 'pending') {
      this.#pending.splice(this.#pending.indexOf(state), 1);
      state.status = 'transient';
      state.session = undefined;
      return;
    }
    if (state.status !== 'persistent' || state.session !== this) {
      throw new TypeError(`session.delete() expects an object loaded by this session, but got ${state} (${state.status}).`);
    }
    this.#deleted.add(state);
  }

  /** The object with this primary key, from the identity map or loaded; undefined when there is none. */
  async get<T extends object = any>(model: ModelRef, key: unknown, options: LoadOptions = {}): Promise<T | undefined> {
    const [found] = await this.getMany<T>(model, [key], options);
    return found;
  }

  /** Several objects by primary key in one SELECT; undefined for keys with no row. */
  async getMany<T extends object = any>(
    model: ModelRef,
    keys: readonly unknown[],
    options: LoadOptions = {},
  ): Promise<Array<T | undefined>> {
    const mapped = this.#model(model);
    const tuples = keys.map((key) => (Array.isArray(key) ? key : [key]));
    // A row to lock is read again even when known: the identity map's copy was read unlocked.
    const missing = options.lock ? tuples : tuples.filter((key) => !this.#identity.get(mapped, key));
    if (missing.length > 0) {
      const unique = [...new Map(missing.map((key) => [identityKey(key), key])).values()];
      const rows = await this.#select({ ...selectByKeys(mapped, mapped.primaryKey, unique), lock: lockOf(options) }, mapped);
      for (const row of rows) this.#fromRow(mapped, row, lockOf(options) !== undefined);
    }
    return tuples.map((key) => {
      const state = this.#identity.get(mapped, key);
      return state && !this.#deleted.has(state) ? (state.instance as T) : undefined;
    });
  }

  /**
   * Which of `keys` (primary keys of `model`) have a row, read by key alone: no object is made,
   * nothing joins the identity map. With `lock`, they are read locked (`LoadOptions`), in key order.
   * Rows deleted in this session count as gone. What `linkByKeys` needs to know of its targets.
   *
   * @example
   * await session.existing(Tag, [[1], [2], [99]], { lock: 'share' }) // [[1], [2]]
   * // SELECT tag.id AS k0 FROM tag AS tag WHERE tag.id IN (?, ?, ?) ORDER BY tag.id ASC LOCK IN SHARE MODE
   */
  async existing(model: ModelRef, keys: ReadonlyArray<readonly unknown[]>, options: LoadOptions = {}): Promise<unknown[][]> {
    const mapped = this.#model(model);
    const { primaryKey } = mapped;
    const unique = [...new Map(keys.map((key) => [identityKey(key), key])).values()];
    if (unique.length === 0) return [];
    const select = { ...selectRowKeysIn(mapped.table, primaryKey, primaryKey, unique), lock: lockOf(options) };
    const found = await readRowKeys({ executor: this.#executor, dialect: this.#dialect }, select, primaryKey);
    return found.filter((key) => {
      const state = this.#identity.get(mapped, key);
      return !state || !this.#deleted.has(state);
    });
  }

  /**
   * How a write through `relationship` that makes or breaks links (`change`) locks the rows it
   * names: its targets (`targetLockMode`), or the end of a link mutation's link that `lockedEnd`
   * picks (`lockedEndMode`). For update on a `keylessLinkTables` table whatever the direction:
   * the flush keeps its links unique by locking that end for update, and two requests that had
   * both shared it first would deadlock as each upgraded its lock.
   */
  lockModeOf(relationship: MappedRelationship | MappedAssociationProxy, rows: 'targets' | 'lockedEnd', change: LinkChange): LockMode {
    if (relationship.kind === 'relationship' && relationship.secondary && this.#keylessLinkTables.has(relationship.secondary.name))
      return 'update';
    if (rows === 'lockedEnd') return lockedEndMode(relationship, change);
    return relationship.kind === 'relationship' ? targetLockMode(relationship, change) : 'update';
  }

  /**
   * Whether `linkByKeys` can write `owner.<name>`'s links to these rows from their keys alone:
   * a many-to-many list kept in a `secondary` table that holds the target's primary key (with a
   * key of its own: `keylessLinkTables` are checked link by link; and no association object of
   * its own), of an owner loaded in this session, whose list is not loaded and none of whose
   * targets is an object of this session — so that no list or object in memory would have to
   * learn of the links. A new owner is not taken: its list counts as loaded from the start.
   */
  canLinkByKeys(owner: object, name: string, keys: ReadonlyArray<readonly unknown[]>): boolean {
    const state = getState(owner);
    if (!state || state.session !== this || state.status !== 'persistent' || this.#deleted.has(state)) return false;
    const relationship = state.model.attribute(name);
    if (!relationship || !('kind' in relationship) || relationship.kind !== 'relationship') return false;
    if (!relationship.uselist || relationship.viewonly || processorOf(relationship).targetKeyPositions === undefined) return false;
    // A secondary table that is also an association object's is checked against its objects' writes (R7.2).
    const secondary = relationship.secondary!;
    if (this.#keylessLinkTables.has(secondary.name) || secondary.model || state.lists.get(relationship.name)?.loaded) return false;
    const target = relationship.target;
    if (keys.some((key) => this.#identity.get(target, key))) return false;
    if (this.#pending.length === 0) return true;
    const named = new Set(keys.map(identityKey));
    return !this.#pending.some((pending) => pending.model === target && named.has(identityKey(pending.key('current'))));
  }

  /**
   * Adds (`add`) or removes (`remove`) links of `owner.<name>` to the rows with these primary
   * keys, without loading them: the flush writes them as one multi-row INSERT or one DELETE
   * (`FlushOp` `linkKeys`). Only where `canLinkByKeys` says so; the rows are the caller's to
   * have checked (`existing`). A list loaded later in this session, before the flush, loads the
   * targets first and takes the links in as if `link()` had made them.
   *
   * @example
   * const found = await session.existing(Tag, keys, { lock: 'share' });
   * if (session.canLinkByKeys(parent, 'tags', found)) session.linkByKeys(parent, 'tags', found, 'add');
   */
  linkByKeys(owner: object, name: string, keys: ReadonlyArray<readonly unknown[]>, op: 'add' | 'remove'): void {
    if (!this.canLinkByKeys(owner, name, keys)) {
      throw new TypeError(`session.linkByKeys(): ${name} of ${String(owner)} cannot be linked by key here; check canLinkByKeys() first.`);
    }
    const state = stateOf(owner);
    this.links.linkByKeys(state.relationship(name), state, keys, op);
  }

  /**
   * The object whose `columns` (a unique key of the model, `MappedModel.uniqueKeys`) hold
   * `values`: one this session already has — created and not yet flushed, or loaded — else the
   * row read by that key (`FOR UPDATE` with `lock`, as `getMany` reads it); undefined when there
   * is none, or when the one there is deleted or moved off that key in this session.
   *
   * @example
   * await session.getByUnique(Tag, [tagName], ['red'], { lock: true })
   * // SELECT t0.id AS id, t0.name AS name, t0.name AS _rg_k0 FROM tag AS t0 WHERE t0.name IN (?) FOR UPDATE
   */
  async getByUnique<T extends object = any>(
    model: ModelRef,
    columns: readonly TableColumn[],
    values: readonly unknown[],
    options: LoadOptions = {},
  ): Promise<T | undefined> {
    const mapped = this.#model(model);
    const holds = (state: InstanceState) =>
      state.model === mapped &&
      !this.#deleted.has(state) &&
      columns.every((column, i) => sameValue(state.values.get(column.attribute), values[i]));
    const pending = this.#pending.find(holds);
    if (pending) return pending.instance as T;
    // A row to lock is read again even when known, as in getMany; unless it took the key in
    // this session, and the database does not have it under that key yet.
    const known = [...this.#identity.states()].find(holds);
    const moved = known && columns.some((column) => !sameValue(known.values.get(column.attribute), known.committed.get(column.attribute)));
    if (known && (!options.lock || moved)) return known.instance as T;
    const rows = await this.#select({ ...selectByKeys(mapped, columns, [values]), lock: lockOf(options) }, mapped);
    const state = rows.length > 0 ? this.#fromRow(mapped, rows[0]!, lockOf(options) !== undefined) : undefined;
    // The row as read holds the key; the object for it may have been deleted or moved off it here.
    const kept =
      state &&
      !this.#deleted.has(state) &&
      columns.every((column) => sameValue(state.values.get(column.attribute), state.committed.get(column.attribute)));
    return kept ? (state.instance as T) : undefined;
  }

  /** Loads `instance.<name>` (a list, a scalar or a proxy's list) from the database. */
  async load(instance: object, name: string, options: LoadOptions = {}): Promise<void> {
    const state = this.#state(instance, 'session.load()');
    const attribute = state.model.attribute(name);
    if (!attribute || !('kind' in attribute)) throw new TypeError(`${state.model.name} has no relationship "${name}".`);
    if (attribute.kind === 'associationProxy') {
      await this.load(instance, attribute.relationship.name);
      await this.#loadTargets([...events.list(state, attribute.relationship)].map(stateOf), attribute.attribute);
      return;
    }
    if (attribute.uselist) await this.#loadKeyedLinks();
    const related = await this.#related(state, attribute, options);
    if (attribute.uselist) {
      events.list(state, attribute).loadMembers(related.map((r) => r.instance));
    } else if (!state.scalars.has(name)) {
      // A key changed in this session and not flushed yet wins over the row as read.
      const pending = processorOf(attribute).pendingTarget(this.links, state);
      state.scalars.set(name, pending === undefined ? (related[0]?.instance ?? null) : (pending?.instance ?? null));
    }
    this.#fillReverse(state, attribute, related);
  }

  /**
   * Adds `target` to `owner.<name>`: a list relationship, or an association proxy (which
   * creates the association object, with `extra` column values). An existing link stays as is.
   */
  async link(owner: object, name: string, target: object, extra: Record<string, unknown> = {}): Promise<void> {
    const state = this.#state(owner, 'session.link()');
    const attribute = state.model.attribute(name);
    if (attribute && 'kind' in attribute && attribute.kind === 'associationProxy') {
      if (await this.#findAssociation(state, attribute, target)) return;
      const association = this.#createAssociation(attribute, target, extra);
      events.list(state, attribute.relationship).append(association);
      return;
    }
    const relationship = state.relationship(name);
    if (!relationship.uselist) return this.setRelated(owner, name, target);
    events.list(state, relationship).append(target);
  }

  /** Removes `target` from `owner.<name>`; removing a missing link changes nothing. */
  async unlink(owner: object, name: string, target: object): Promise<void> {
    const state = this.#state(owner, 'session.unlink()');
    const attribute = state.model.attribute(name);
    if (attribute && 'kind' in attribute && attribute.kind === 'associationProxy') {
      // The association object cannot outlive its link, whatever the cascade: delete it.
      const association = await this.#findAssociation(state, attribute, target);
      if (association) {
        events.list(state, attribute.relationship).remove(association.instance);
        // A new one leaves the session; a loaded one is deleted at the flush.
        this.delete(association.instance);
      }
      return;
    }
    const relationship = state.relationship(name);
    if (!relationship.uselist) {
      if (state.scalars.get(name) === undefined) await this.load(owner, name);
      if (state.scalars.get(name) === target) await this.setRelated(owner, name, null);
      return;
    }
    events.list(state, relationship).remove(target);
  }

  /**
   * `owner.<name> = value` for a scalar, loading first what the change releases: the current
   * value of a one-to-one, and the partner `value` leaves behind.
   */
  async setRelated(owner: object, name: string, value: object | null): Promise<void> {
    const state = this.#state(owner, 'session.setRelated()');
    const relationship = state.relationship(name);
    if (relationship.uselist) throw new TypeError(`${state.model.name}.${name} is a list; use session.link() or session.replace().`);
    if (state.status === 'persistent' && !state.scalars.has(name)) await this.load(owner, name);
    const reverse = relationship.reverse;
    if (value && reverse && !reverse.uselist && !reverse.viewonly) {
      const valueState = stateOf(value);
      if (valueState.status === 'persistent' && !valueState.scalars.has(reverse.name)) await this.load(value, reverse.name);
    }
    events.setScalar(state, relationship, value);
  }

  /** Makes `owner.<name>` hold exactly `targets`: loads the list, unlinks the rest, links the new. */
  async replace(owner: object, name: string, targets: readonly object[], options: LoadOptions = {}): Promise<void> {
    const state = this.#state(owner, 'session.replace()');
    const relationship = state.relationship(name);
    const list = events.list(state, relationship);
    if (!list.loaded) await this.load(owner, name, options);
    for (const member of [...list]) if (!targets.includes(member)) list.remove(member);
    for (const target of targets) list.append(target);
  }

  /**
   * The instance's columns as this session read them from the database, when nothing since has
   * changed or written them: then a read of the row in the same transaction gives these values
   * back (the snapshot, or the lock, holds them), and a mutation's payload need not read it
   * again. Undefined for a new instance, one with changes, or one a flush wrote (the database
   * may store a written value differently: defaults, rounding, truncation).
   *
   * @example
   * await session.link(parent, 'tags', tag); await session.flush();
   * session.rowAsRead(parent) // { id: 1, name: 'a' }: the link changed no column of the parent
   */
  rowAsRead(instance: object): Readonly<Record<string, unknown>> | undefined {
    const state = getState(instance);
    if (!state || state.session !== this || state.status !== 'persistent' || this.#written.has(state)) return undefined;
    const row: Record<string, unknown> = {};
    for (const column of state.model.columns) {
      if (!state.committed.has(column.attribute)) return undefined;
      const value = state.committed.get(column.attribute);
      if (state.values.get(column.attribute) !== value) return undefined;
      row[column.attribute] = value;
    }
    return row;
  }

  /** Writes every change, in dependency order, in the caller's transaction. */
  async flush(): Promise<void> {
    if (this.#failed)
      throw new Error('A flush of this session failed and its transaction was rolled back; call session.rollback() before going on.');
    try {
      await this.#flush();
    } catch (error) {
      this.#failed = error;
      throw error;
    }
  }

  /**
   * Flushes every pending change in one transaction of the driver the session was given, and
   * commits it; on any failure the transaction rolls back and the error is rethrown (call
   * `rollback()` to go on with this session). A session bound to a transaction has nothing to
   * commit itself: its caller's transaction does that.
   */
  async commit(): Promise<void> {
    const driver = this.#executor as Partial<TransactionRunner>;
    if (typeof driver.transaction !== 'function') {
      throw new TypeError(
        'session.commit() needs a session opened on a driver; this one runs in a transaction its caller commits. Call session.flush().',
      );
    }
    const outside = this.#executor;
    try {
      await driver.transaction(async (tx) => {
        this.#executor = tx;
        await this.flush();
      });
    } finally {
      this.#executor = outside;
    }
  }

  /**
   * Forgets every change not yet written: new objects leave the session, loaded ones get their
   * loaded values back and their lists are loaded again when next asked for.
   */
  rollback(): void {
    for (const state of this.#pending) {
      state.status = 'transient';
      state.session = undefined;
    }
    for (const state of this.#identity.states()) {
      state.values.clear();
      for (const [attribute, value] of state.committed) state.values.set(attribute, value);
      state.lists.clear();
      state.scalars.clear();
    }
    this.#pending.length = 0;
    this.#deleted.clear();
    this.links.clear();
    this.#failed = undefined;
  }

  /**
   * What `flush()` would write now, without writing it: the same `collectDeletes` and
   * `planFlush` that a flush runs, its plan described row by row (`previewFlush.ts`) instead of
   * executed. `delete` lists objects to delete in this preview only, as if `session.delete()`
   * had been called on them. It sends SELECTs only — what a delete cascade loads (those rows join
   * the identity map, as a flush would load them), and the rows the set-based writes and the
   * database's ON DELETE would touch — and leaves the session's changes as they were.
   *
   * @example
   * const author = await session.get(Author, 1);
   * const preview = await session.previewFlush({ delete: [author] });
   * preview.writes.filter((w) => w.kind === 'delete').length   // 4: the author and its 3 BookAuthor rows
   * await session.flush();                                     // writes nothing: the author is not marked
   */
  async previewFlush(options: { readonly delete?: readonly object[] } = {}): Promise<FlushPreview> {
    if (this.#failed)
      throw new Error('A flush of this session failed and its transaction was rolled back; call session.rollback() before going on.');
    const extra = (options.delete ?? []).map((instance) => {
      const state = this.#state(instance, 'session.previewFlush()');
      if (state.session !== this || (state.status !== 'persistent' && state.status !== 'pending')) {
        throw new TypeError(`session.previewFlush() expects objects of this session to delete, but got ${state} (${state.status}).`);
      }
      return state;
    });
    // Planning fills values in (defaults, keys copied along links): what the preview saw is put back.
    const saved = [...this.#pending, ...this.#identity.states()].map((state) => [state, new Map(state.values)] as const);
    try {
      const { deletes, plan } = await this.#plan([...this.#deleted, ...extra]);
      return await previewFlush(plan, deletes, { executor: this.#executor, dialect: this.#dialect, mapping: this.#mapping });
    } finally {
      for (const [state, values] of saved) {
        state.values.clear();
        for (const [attribute, value] of values) state.values.set(attribute, value);
      }
    }
  }

  async #flush(): Promise<void> {
    const { deletes, plan } = await this.#plan(this.#deleted);
    await executeFlush(plan, {
      executor: this.#executor,
      dialect: this.#dialect,
      keylessLinkTables: this.#keylessLinkTables,
      ...(this.#changes ? { changes: this.#changes } : {}),
    });
    this.#afterFlush(deletes.deleted);
  }

  /** What a flush deletes, and its plan: the one computation `flush()` executes and `previewFlush()` describes. */
  async #plan(explicitDeletes: Iterable<InstanceState>): Promise<{ deletes: DeletePlan; plan: FlushPlan }> {
    for (const state of this.#pending) applyDefaults(state);
    const deletes = await collectDeletes(explicitDeletes, this.links, {
      related: async (owner, relationship, passive) => {
        if (passive || (relationship.uselist && events.list(owner, relationship).loaded)) {
          return relationship.uselist ? [...events.list(owner, relationship)].map(stateOf) : [];
        }
        return this.#related(owner, relationship);
      },
    });
    const plan = planFlush({
      pending: [...this.#pending],
      persistent: [...this.#identity.states()],
      deleted: deletes.deleted,
      links: this.links,
      deleteOps: deletes.ops,
    });
    return { deletes, plan };
  }

  #afterFlush(deleted: ReadonlySet<InstanceState>): void {
    for (const state of deleted) {
      if (state.status === 'persistent') this.#identity.delete(state);
      state.status = 'deleted';
    }
    // Filed under the key they had when loaded: a row whose key the flush changed moves.
    const loaded = [...this.#identity.states()];
    const moved = loaded.filter((state) => identityKey(state.key('committed')) !== identityKey(state.key('current')));
    for (const state of moved) this.#identity.delete(state);
    const inserted = this.#pending.filter((state) => !deleted.has(state));
    for (const state of inserted) {
      state.status = 'persistent';
      this.#written.add(state);
    }
    for (const state of [...loaded, ...inserted]) {
      for (const [attribute, value] of state.values) {
        if (!state.committed.has(attribute) || state.committed.get(attribute) !== value) {
          this.#written.add(state);
          break;
        }
      }
      state.committed.clear();
      for (const [attribute, value] of state.values) state.committed.set(attribute, value);
      for (const list of state.lists.values()) list.resetHistory();
    }
    // Filed once their committed values hold the keys the flush wrote.
    for (const state of [...moved, ...inserted]) this.#identity.set(state);
    this.#pending.length = 0;
    this.#deleted.clear();
    this.links.clear();
  }

  /**
   * Turns the links logged by key into links of loaded objects (one SELECT per entry), before a
   * list is loaded: the list then holds them as pending changes, as if `link()` had made them.
   */
  async #loadKeyedLinks(): Promise<void> {
    for (const entry of this.links.takeKeyed()) {
      const targets = await this.getMany(entry.relationship.target, [...entry.targets.values()]);
      const list = events.list(entry.owner, entry.relationship);
      for (const target of targets) {
        if (!target) continue;
        if (entry.op === 'add') list.append(target);
        else list.remove(target);
      }
    }
  }

  /** Logs the links a new object already holds (made before it joined), and adopts their ends. */
  #replayLinks(state: InstanceState): void {
    for (const relationship of state.model.relationships) {
      if (relationship.viewonly) continue;
      const items = relationship.uselist
        ? [...(state.lists.get(relationship.name) ?? [])]
        : [state.scalars.get(relationship.name)].filter((v): v is object => !!v);
      for (const item of items) {
        const itemState = stateOf(item);
        processorOf(relationship).logChange(this.links, state, itemState, 'add');
        if (relationship.cascade.saveUpdate) this.adopt(itemState);
      }
    }
  }

  async #related(owner: InstanceState, relationship: MappedRelationship, options: LoadOptions = {}): Promise<InstanceState[]> {
    const path = relatedPath(relationship);
    const key = path.ownerColumns.map((column) => owner.values.get(column.attribute));
    if (key.some((v) => v === null || v === undefined)) return [];
    const orderBy = [...relationship.orderBy, ...relationship.target.primaryKey.map((column) => ({ column, descending: false }))];
    const select = selectRelated(path, [key], { filter: undefined, orderBy, limit: undefined, offset: undefined });
    const rows = await this.#select(select.kind === 'select' ? { ...select, lock: lockOf(options) } : select, relationship.target);
    return rows.map((row) => this.#fromRow(relationship.target, row));
  }

  /** After loading `owner.<relationship>`, the many-to-one reverse of each loaded row is known too. */
  #fillReverse(owner: InstanceState, relationship: MappedRelationship, related: readonly InstanceState[]): void {
    const reverse = relationship.reverse;
    if (!reverse || reverse.uselist || reverse.viewonly) return;
    for (const item of related) if (!item.scalars.has(reverse.name)) item.scalars.set(reverse.name, owner.instance);
  }

  /** The association object linking `owner` to `target` through the proxy: one SELECT at most. */
  async #findAssociation(owner: InstanceState, proxy: MappedAssociationProxy, target: object): Promise<InstanceState | undefined> {
    const list = events.list(owner, proxy.relationship);
    if (!list.loaded) await this.load(owner.instance, proxy.relationship.name);
    const targetState = stateOf(target);
    const found = [...list].find((association) => {
      const state = stateOf(association);
      const linked = state.scalars.get(proxy.attribute.name);
      if (linked !== undefined) return linked === target;
      // Not loaded: compare the association's foreign key with the target's key.
      return proxy.attribute.syncPairs.every((pair) => state.values.get(pair.to.attribute) === targetState.values.get(pair.from.attribute));
    });
    if (found) return stateOf(found);
    // A new association given its keys as plain values is in no list yet.
    const holds = (state: InstanceState, pairs: MappedRelationship['syncPairs'], end: InstanceState) =>
      pairs.every((pair) => sameValue(state.values.get(pair.to.attribute), end.values.get(pair.from.attribute)));
    return this.#pending.find(
      (state) =>
        state.model === proxy.relationship.target &&
        holds(state, proxy.relationship.syncPairs, owner) &&
        holds(state, proxy.attribute.syncPairs, targetState),
    );
  }

  /**
   * Loads a many-to-one `attribute` of several objects with one SELECT by key, for a proxy's
   * second hop (not one load per association object).
   */
  async #loadTargets(states: readonly InstanceState[], attribute: MappedRelationship): Promise<void> {
    const pending = states.filter((state) => !state.scalars.has(attribute.name));
    if (pending.length === 0) return;
    const processor = processorOf(attribute);
    const keys = pending.map((state) => processor.targetKey(state));
    if (!isEveryDefined(keys)) {
      await Promise.all(pending.map((state) => this.load(state.instance, attribute.name)));
      return;
    }
    const targets = await this.getMany(
      attribute.target,
      keys.filter((key) => key.every((v) => v !== null && v !== undefined)),
    );
    const byKey = new Map(targets.filter((t): t is object => t !== undefined).map((t) => [identityKey(stateOf(t).key('committed')), t]));
    pending.forEach((state, i) => state.scalars.set(attribute.name, byKey.get(identityKey(keys[i]!)) ?? null));
  }

  /** The proxy's `creator`, or a new association object holding `target` (R7.5). */
  #createAssociation(proxy: MappedAssociationProxy, target: object, extra: Record<string, unknown>): object {
    const association = proxy.creator
      ? proxy.creator(target)
      : new (proxy.relationship.target.class as new (init: object) => object)({ [proxy.attribute.name]: target });
    const state = stateOf(association);
    if (state.scalars.get(proxy.attribute.name) !== target) events.setScalar(state, proxy.attribute, target);
    for (const [attribute, value] of Object.entries(extra)) if (value !== undefined) state.values.set(attribute, value);
    return association;
  }

  async #select(statement: Parameters<Dialect['render']>[0], model: MappedModel): Promise<Row[]> {
    const result = await this.#executor.execute(this.#dialect.render(statement));
    return result.rows.map((raw) => decodeRow(this.#dialect, model, raw));
  }

  /**
   * The instance for a loaded row: the one already in the identity map, or a new persistent one.
   * With `refresh` (a locked read), an instance the unit of work has not changed takes the
   * row's values: they are the ones now locked.
   */
  #fromRow(model: MappedModel, row: Row, refresh = false): InstanceState {
    const key = model.primaryKey.map((column) => row[column.attribute]);
    const existing = this.#identity.get(model, key);
    if (existing) {
      const unchanged = model.columns.every((column) => existing.values.get(column.attribute) === existing.committed.get(column.attribute));
      if (refresh && unchanged) {
        for (const column of model.columns) {
          existing.values.set(column.attribute, row[column.attribute]);
          existing.committed.set(column.attribute, row[column.attribute]);
        }
      }
      return existing;
    }
    const instance = Object.create(model.class.prototype as object) as object;
    const state = stateOf(instance);
    for (const column of model.columns) {
      state.values.set(column.attribute, row[column.attribute]);
      state.committed.set(column.attribute, row[column.attribute]);
    }
    state.status = 'persistent';
    state.session = this;
    this.#identity.set(state);
    return state;
  }

  #model(model: ModelRef): MappedModel {
    const name = 'modelName' in model ? model.modelName : model.name;
    const mapped = this.#mapping.model(name);
    if (!mapped) throw new TypeError(`This session's mapping has no model "${name}".`);
    return mapped;
  }

  #state(instance: object, where: string): InstanceState {
    if (!isMappedInstance(instance)) throw new TypeError(`${where} expects an instance of a mapped model, but got: ${String(instance)}.`);
    return stateOf(instance);
  }
}

/** Client-side defaults (`Column(..., { default })`) for new rows that leave the column out. */
function applyDefaults(state: InstanceState): void {
  for (const column of state.model.columns) {
    if (state.values.get(column.attribute) !== undefined || column.default === undefined) continue;
    state.values.set(column.attribute, typeof column.default === 'function' ? (column.default as () => unknown)() : column.default);
  }
}

/** The lock a load's options ask for: `true` is `update`; none for `false` or nothing. */
function lockOf(options: LoadOptions): LockMode | undefined {
  return options.lock === true ? 'update' : options.lock === false ? undefined : options.lock;
}

function isEveryDefined<T>(items: ReadonlyArray<T | undefined>): items is T[] {
  return items.every((item) => item !== undefined);
}

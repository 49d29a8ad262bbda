/**
 * Applies a create or update input to an object in the session: column values, then the
 * nested writes of each relationship (`connect`, `connectOrCreate`, `disconnect`, `create`,
 * `set`), as `docs/graphql-surface.md` defines them. The input was checked whole before (`checkWriteInput`,
 * through `checkOperation`): its sizes, its depth and its contradictions are refused there, before
 * any SQL, so that what is left here is only applying it.
 */
import type { TableColumn } from '../declare/index.js';
import { BadUserInputError, NotFoundError } from '../errors/RelgraphError.js';
import type { Inflection } from '../inflect/inflection.js';
import { linkHolder, type MappedModel, type MappedRelationship } from '../mapper/index.js';
import type { LinkChange, LoadOptions, Session } from '../session/index.js';
import { identityKey, stateOf } from '../session/index.js';
import type { FieldIndex } from '../inflect/FieldIndex.js';
import { forbiddenMessage, type Access } from '../access/Access.js';
import { rowName, whereKey } from '../arguments/checkWriteInput.js';
import type { RowChecks } from '../access/RowChecks.js';

export interface InputContext {
  readonly session: Session;
  readonly fields: FieldIndex;
  readonly inflection: Inflection;
  readonly access: Access;
  readonly checks: RowChecks;
}

type Input = Record<string, unknown>;

/**
 * Builds a new object from a create input and adds it to the session. `attach` links it to the
 * object whose nested input created it, before its own required columns are checked.
 */
export async function createFromInput(
  context: InputContext,
  model: MappedModel,
  input: Input,
  attach?: (instance: object) => Promise<void>,
): Promise<object> {
  const instance = new (model.class as new () => object)();
  const { session } = context;
  setColumns(context, model, instance, input);
  session.add(instance);
  if (attach) await attach(instance);
  await applyRelationships(context, model, instance, input);
  checkRequired(context, model, instance);
  return instance;
}

/** Applies an update input to a loaded object. */
export async function updateFromInput(context: InputContext, model: MappedModel, instance: object, input: Input): Promise<void> {
  setColumns(context, model, instance, input);
  await applyRelationships(context, model, instance, input);
}

/** Loads objects by primary-key tuples, or fails with NOT_FOUND naming the first missing. */
async function loadByKeys(
  context: InputContext,
  model: MappedModel,
  tuples: ReadonlyArray<readonly unknown[]>,
  options: LoadOptions = {},
): Promise<object[]> {
  const found = await context.session.getMany(model, tuples, options);
  const missing = found.indexOf(undefined);
  if (missing >= 0) throw new NotFoundError(notFoundMessage(context, model, tuples[missing]!));
  return found as object[];
}

export function notFoundMessage(context: Pick<InputContext, 'inflection'>, model: MappedModel, key: readonly unknown[]): string {
  return `${rowName(context.inflection, model, key)} was not found.`;
}

function setColumns(context: InputContext, model: MappedModel, instance: object, input: Input): void {
  for (const [name, value] of Object.entries(input)) {
    const field = context.fields.field(model, name);
    if (field && !('kind' in field) && value !== undefined) (instance as Record<string, unknown>)[field.attribute] = value;
  }
}

async function applyRelationships(context: InputContext, model: MappedModel, instance: object, input: Input): Promise<void> {
  for (const [name, value] of Object.entries(input)) {
    const field = context.fields.field(model, name);
    if (!field || !('kind' in field) || field.kind !== 'relationship' || value === undefined || value === null) continue;
    if (field.uselist) await applyListInput(context, field, instance, value as Input);
    else await applyScalarInput(context, field, instance, value as Input);
  }
}

async function applyListInput(context: InputContext, relationship: MappedRelationship, instance: object, input: Input): Promise<void> {
  const { session } = context;
  await checkLink(context, relationship, instance);
  if (input.set) {
    // The owner is read for update first: a link that another request made to it meanwhile would
    // show in the payload beside the rows named (its INSERT's foreign-key check waits for this lock).
    const owner = stateOf(instance);
    if (owner.status === 'persistent') await session.get(owner.model, owner.key('current'), { lock: 'update' });
    const targets = await loadReadable(context, relationship, keyTuples(context, relationship.target, input.set as Input[]), 'add');
    // The list's present members are read for update: their link rows (or foreign keys) are what `set` changes.
    await session.replace(instance, relationship.name, targets, { lock: 'update' });
    return;
  }
  if (input.disconnect) await linkNamed(context, relationship, instance, input.disconnect as Input[], 'remove');
  if (input.connect) await linkNamed(context, relationship, instance, input.connect as Input[], 'add');
  for (const item of (input.connectOrCreate as Input[] | undefined) ?? []) {
    await connectOrCreate(context, relationship, item, (target) => session.link(instance, relationship.name, target));
  }
  for (const child of (input.create as Input[] | undefined) ?? []) {
    await createChecked(context, relationship.target, child, (created) => session.link(instance, relationship.name, created));
  }
}

/** Exactly one of `connect`, `create` and `disconnect: true` is given: `checkWriteInput` saw to it. */
async function applyScalarInput(context: InputContext, relationship: MappedRelationship, instance: object, input: Input): Promise<void> {
  const { session } = context;
  await checkLink(context, relationship, instance);
  if (input.connect) {
    // A to-one connect replaces the link it had: it locks as a removal does.
    const [target] = await loadReadable(context, relationship, keyTuples(context, relationship.target, [input.connect as Input]), 'remove');
    await session.setRelated(instance, relationship.name, target!);
  } else if (input.connectOrCreate) {
    await connectOrCreate(context, relationship, input.connectOrCreate as Input, (target) =>
      session.setRelated(instance, relationship.name, target),
    );
  } else if (input.create) {
    await createChecked(context, relationship.target, input.create as Input, (created) =>
      session.setRelated(instance, relationship.name, created),
    );
  } else {
    await session.setRelated(instance, relationship.name, null);
  }
}

/**
 * Nested writes through a relationship need the owner's `link` rule: checked now for a row
 * that exists, after the flush for one this operation creates.
 */
async function checkLink(context: InputContext, relationship: MappedRelationship, instance: object): Promise<void> {
  const { access, checks } = context;
  const owner = relationship.owner;
  const decision = access.assertAllowed('link', owner, relationship.name);
  const message = forbiddenMessage('link', owner, relationship.name, context.inflection);
  if (stateOf(instance).status === 'persistent') await checks.require(owner, [instance], decision, message);
  else checks.defer(owner, instance, decision, message);
}

/**
 * `connect` / `disconnect` of a list: links to rows named by keys, which must exist (NOT_FOUND)
 * and be readable by the viewer (FORBIDDEN). Where the session can write the links from the keys
 * alone (`Session.canLinkByKeys`: a many-to-many list nothing in memory holds), the rows are only
 * checked — found and locked by a key-only SELECT, then the read rule by key — and no object
 * is made for them: a link of 1,000 rows costs two statements and no 1,000 objects. Otherwise
 * they are loaded and linked one by one.
 */
async function linkNamed(
  context: InputContext,
  relationship: MappedRelationship,
  instance: object,
  keyInputs: readonly Input[],
  op: LinkChange,
): Promise<void> {
  const { session } = context;
  const target = relationship.target;
  const keys = keyTuples(context, target, keyInputs);
  if (session.canLinkByKeys(instance, relationship.name, keys)) {
    const found = new Set(
      (await session.existing(target, keys, { lock: session.lockModeOf(relationship, 'targets', op) })).map(identityKey),
    );
    const missing = keys.find((key) => !found.has(identityKey(key)));
    if (missing) throw new NotFoundError(notFoundMessage(context, target, missing));
    await context.checks.requireKeys(target, keys, context.access.decide('read', target), unreadableTargets(target));
    session.linkByKeys(instance, relationship.name, keys, op);
    return;
  }
  for (const item of await loadReadable(context, relationship, keys, op)) {
    if (op === 'add') await session.link(instance, relationship.name, item);
    else await session.unlink(instance, relationship.name, item);
  }
}

/** Key inputs (`{ id: 7 }`) as primary-key tuples, in order; a key given twice names one row, kept once. */
function keyTuples(context: InputContext, model: MappedModel, keys: readonly Input[]): unknown[][] {
  // Field names once, not once per key: a connect may name 1,000 rows.
  const names = model.primaryKey.map((column) => context.inflection.fieldName(column.attribute));
  const tuples = new Map<string, unknown[]>();
  for (const key of keys) {
    const tuple = names.map((name) => key[name]);
    tuples.set(identityKey(tuple), tuple);
  }
  return [...tuples.values()];
}

/** The FORBIDDEN message of a link to rows of `model` the viewer may not read. */
export function unreadableTargets(model: MappedModel): string {
  return `You may not link ${model.name} rows you may not read.`;
}

/**
 * Rows named by keys, which must exist (NOT_FOUND) and be readable by the viewer (FORBIDDEN).
 * They are read locked (`targetLockMode`: for update when the link is their own foreign key or
 * is removed, shared when they must only exist): a link about to be made or broken holds until
 * COMMIT, so the payload read back shows it even when another request works on the same rows.
 * The keys are `keyTuples`': a key given twice is one row, loaded and linked once.
 */
async function loadReadable(
  context: InputContext,
  relationship: MappedRelationship,
  keys: ReadonlyArray<readonly unknown[]>,
  change: LinkChange,
): Promise<object[]> {
  const model = relationship.target;
  const found = await loadByKeys(context, model, keys, { lock: context.session.lockModeOf(relationship, 'targets', change) });
  await context.checks.require(model, found, context.access.decide('read', model), unreadableTargets(model));
  return found;
}

/**
 * One `connectOrCreate` item: the row `where` names, looked up in this operation (a row it
 * created or loaded already) and then read `FOR UPDATE`, is linked as `connect` links it (it
 * must be readable); when there is none, `create` — its key columns filled from `where` — is
 * created as a nested `create` (the `create` rule, checked after the flush) and linked.
 *
 * Race: two operations may both find nothing and both insert the key (a locking read of a row
 * that does not exist locks nothing under READ COMMITTED). The second INSERT waits for the first
 * operation and fails with a duplicate key once it commits. Rather than an `INSERT … ON DUPLICATE
 * KEY` / `ON CONFLICT` written ahead of the flush — a second write path beside the unit of work's
 * single flush, for a row whose own nested writes and defaults the flush handles — relgraph lets
 * that duplicate fail the operation and reruns it whole (`runUnitOfWork`), as it reruns a
 * deadlock: the rerun's lookup reads the committed row and links it. `mapWriteError` tells this
 * duplicate from a client's (`lostConnectOrCreateRace`), so a plain create of an existing unique
 * value still answers CONSTRAINT_VIOLATION without a rerun.
 */
async function connectOrCreate(
  context: InputContext,
  relationship: MappedRelationship,
  item: Input,
  link: (target: object) => Promise<void>,
): Promise<void> {
  const { session, inflection } = context;
  const model = relationship.target;
  const where = item.where as Input;
  const key = whereKey(inflection, model, where)!;
  const values = key.map((column) => where[inflection.fieldName(column.attribute)]);
  const found = await session.getByUnique<object>(model, key, values, { lock: session.lockModeOf(relationship, 'targets', 'add') });
  if (found) {
    if (stateOf(found).status === 'persistent') {
      await context.checks.require(model, [found], context.access.decide('read', model), unreadableTargets(model));
    }
    await link(found);
    return;
  }
  const create = { ...(item.create as Input) };
  for (const [i, column] of key.entries()) {
    const name = inflection.fieldName(column.attribute);
    if (create[name] === undefined) create[name] = values[i];
  }
  const created = await createChecked(context, model, create, link);
  setOf(connectOrCreated, session).add(created);
}

/** The rows each session's `connectOrCreate` items created, for `lostConnectOrCreateRace`. */
const connectOrCreated = new WeakMap<object, Set<object>>();

/**
 * Whether a duplicate key met while inserting `inserting` (the write a flush failed on) may be a
 * `connectOrCreate` that lost a race: its session has a row not yet written, created by a
 * `connectOrCreate`, in the same table. The flush inserts a table's new rows together, so the
 * failed write names one row of the batch, not necessarily the duplicate one; a client's own
 * duplicate in that same batch is then rerun too, and answers CONSTRAINT_VIOLATION once the
 * reruns are spent.
 */
export function mayBeConnectOrCreateRace(inserting: { readonly session: object | undefined; readonly model: MappedModel }): boolean {
  const created = inserting.session ? connectOrCreated.get(inserting.session) : undefined;
  if (!created) return false;
  return [...created].some((instance) => {
    const state = stateOf(instance);
    return state.status === 'pending' && state.model.table === inserting.model.table;
  });
}

function setOf(map: WeakMap<object, Set<object>>, key: object): Set<object> {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  return set;
}

/** A nested create: the target's `create` rule, checked on the new row after the flush. */
async function createChecked(
  context: InputContext,
  model: MappedModel,
  input: Input,
  attach: (instance: object) => Promise<void>,
): Promise<object> {
  const decision = context.access.assertAllowed('create', model);
  const created = await createFromInput(context, model, input, attach);
  context.checks.defer(model, created, decision, forbiddenMessage('create', model, undefined, context.inflection));
  return created;
}

/**
 * A new object must end with a value in every NOT NULL column the database does not fill:
 * given directly, or through a many-to-one link (`parent: { connect }`).
 */
function checkRequired(context: InputContext, model: MappedModel, instance: object): void {
  const state = stateOf(instance);
  const missing = model.columns.filter(
    (column) =>
      !column.nullable &&
      !column.autoincrement &&
      column.default === undefined &&
      column.serverDefault === undefined &&
      (state.values.get(column.attribute) === undefined || state.values.get(column.attribute) === null),
  );
  // Most rows give every required column: the links are looked at only for those that do not.
  if (missing.length === 0) return;
  const linked = new Set<TableColumn>();
  for (const relationship of model.relationships) {
    if (linkHolder(relationship) !== 'owner' || relationship.viewonly) continue;
    if (state.scalars.get(relationship.name)) relationship.syncPairs.forEach((pair) => linked.add(pair.to));
  }
  for (const entry of context.session.links.foreignKeysOf(state)) {
    if (entry.target) entry.syncPairs.forEach((pair) => linked.add(pair.to));
  }
  for (const column of missing) {
    if (!linked.has(column)) {
      const relationship = model.relationships.find((r) => linkHolder(r) === 'owner' && r.syncPairs.some((pair) => pair.to === column));
      const via = relationship ? ` or link ${context.inflection.fieldName(relationship.name)}` : '';
      throw new BadUserInputError(`${model.name}.${context.inflection.fieldName(column.attribute)} is required: give it${via}.`);
    }
  }
}

/**
 * Checks a create or update input before any of it is applied: the sizes of its nested-write
 * lists, how deep its nested creates go, and the nested writes that contradict each other — so
 * that such an input is refused as BAD_USER_INPUT before any SQL, instead of being applied in an
 * order that decides the result. `docs/graphql-surface.md` ("Nested writes") lists the rules.
 *
 * Contradictions (refused):
 * 1. `set` with `connect`, `disconnect` or `create` in one list input (`set` replaces the list).
 * 2. One key in both `connect` and `disconnect` of one list input.
 * 3. A single-valued relationship given none, or more than one, of `connect`, `create` and
 *    `disconnect: true`.
 * 4. A foreign-key column and the many-to-one relationship that writes it, in one input object
 *    (`parentId` with `parent`): Prisma's "checked" and "unchecked" inputs cannot be mixed either.
 * 5. A nested create that also sets its own link back to the row it is created under, when that
 *    link is single-valued (`children: { create: [{ parent: … }] }`, or `{ parentId: … }`).
 * 6. One existing row connected (or `set`) under two different rows through a relationship that
 *    gives it a single owner (the `children` of two new parents).
 * 7. A row created with an explicit primary key and also connected, disconnected or `set`
 *    elsewhere in the same input (it cannot be new and exist already), or created twice.
 * 8. A `connectOrCreate` whose `where` is not exactly one whole unique key of the target, or
 *    whose `create` gives a key column a value other than `where`'s (the row created would not
 *    be the one looked up). One named by its primary key counts as named by key for rules 2, 6
 *    and 7; `set` with `connectOrCreate` is rule 1.
 *
 * Not contradictions: a key repeated within one `connect`, `disconnect` or `set` list means
 * the same as giving it once (connecting a linked row and disconnecting an unlinked one change
 * nothing, as the contract says), so it is applied once; `disconnect: false` is "not given".
 * Separate mutation fields of one operation run one after the other (GraphQL's serial
 * execution), so a create in one field and a delete in the next are an order, not a contradiction.
 */
import type { TableColumn } from '../declare/index.js';
import { BadUserInputError } from '../errors/RelgraphError.js';
import type { Inflection } from '../inflect/inflection.js';
import { linkHolder, type MappedModel, type MappedRelationship } from '../mapper/index.js';
import type { FieldIndex } from '../inflect/FieldIndex.js';

export interface InputLimits {
  /** Items in one `connect` / `disconnect` / `set` / `create` list. */
  readonly nestedListItems: number;
  /** Input objects inside each other: the mutation's own input is depth 1. */
  readonly inputDepth: number;
}

export interface WriteCheckContext {
  readonly fields: FieldIndex;
  readonly inflection: Inflection;
  readonly limits: InputLimits;
}

type Input = Record<string, unknown>;

/**
 * Throws BAD_USER_INPUT for the first problem of a mutation's `input`, naming where it is.
 *
 * @example
 * checkWriteInput(context, Parent, { tags: { connect: [{ id: 1 }], disconnect: [{ id: 1 }] } }, 'updateParent', false)
 * // BadUserInputError: updateParent(input.tags): Tag with id 1 is in both connect and disconnect
 * //   of Parent.tags, so the result would depend on which runs first. Give it in only one of them.
 */
export function checkWriteInput(context: WriteCheckContext, model: MappedModel, input: Input, field: string, creates: boolean): void {
  new WriteInputCheck(context, field).object(model, input, 'input', 1, creates ? { under: undefined } : undefined);
}

/** `Child with id 3`, `Association with leftId 1 and rightId 10`: a row as messages to clients name it. */
export function rowName(inflection: Inflection, model: MappedModel, key: readonly unknown[]): string {
  const parts = model.primaryKey.map((column, i) => `${inflection.fieldName(column.attribute)} ${JSON.stringify(key[i])}`);
  return `${model.name} with ${parts.join(' and ')}`;
}

/** A many-to-one over NOT NULL columns cannot be emptied: say so before any SQL runs. */
export function assertNullable(context: Pick<WriteCheckContext, 'inflection'>, relationship: MappedRelationship): void {
  if (linkHolder(relationship) === 'owner' && !relationship.nullable) {
    const columns = relationship.join.map((pair) => `${relationship.owner.name}.${context.inflection.fieldName(pair.local.attribute)}`);
    throw new BadUserInputError(
      `${relationship.owner.name}.${context.inflection.fieldName(relationship.name)} cannot be unlinked: ${columns.join(', ')} may not be null. Link another ${relationship.target.name} instead.`,
    );
  }
}

/** Whether a row of the target can be linked through `relationship` to one owner row at most. */
function targetHasOneOwner(relationship: MappedRelationship): boolean {
  const holder = linkHolder(relationship);
  if (holder === 'target') return true;
  return holder === 'owner' && relationship.reverse !== undefined && !relationship.reverse.uselist;
}

/** One walk over one input; remembers the rows it names, to find the contradictions between places. */
class WriteInputCheck {
  readonly #context: WriteCheckContext;
  readonly #field: string;
  /** Rows created with an explicit key: model → key → where. */
  readonly #created = new Map<MappedModel, Map<string, string>>();
  /** Rows named by key in connect, disconnect or set: model → key → where. */
  readonly #named = new Map<MappedModel, Map<string, string>>();
  /** Rows linked through a relationship that gives them one owner: relationship → key → the owner's path. */
  readonly #owned = new Map<MappedRelationship, Map<string, { owner: string; at: string }>>();

  constructor(context: WriteCheckContext, field: string) {
    this.#context = context;
    this.#field = field;
  }

  /**
   * An input object of `model` at `path`. `created` is set when the object is a row to create:
   * `under` is the relationship of the nested write that creates it (none at the root).
   */
  object(
    model: MappedModel,
    input: Input,
    path: string,
    depth: number,
    created: { under: MappedRelationship | undefined; orConnected?: boolean } | undefined,
  ): void {
    if (created?.under) this.#checkCreatedUnder(created.under, input, path);
    // A connectOrCreate's row may exist already: it is named by its key, not created with it.
    if (created && !created.orConnected) this.#recordCreated(model, input, path);
    this.#checkColumnAndLink(model, input, path);
    for (const [name, value] of Object.entries(input)) {
      if (value === undefined || value === null) continue;
      const field = this.#context.fields.field(model, name);
      if (!field || !('kind' in field) || field.kind !== 'relationship') continue;
      if (field.uselist) this.#list(field, value as Input, `${path}.${name}`, path, depth);
      else this.#scalar(field, value as Input, `${path}.${name}`, path, depth);
    }
  }

  #list(relationship: MappedRelationship, input: Input, path: string, owner: string, depth: number): void {
    const label = this.#label(relationship);
    const given = Object.entries(input)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([k]) => k);
    for (const key of given) {
      const items = input[key] as unknown[];
      if (items.length > this.#context.limits.nestedListItems) {
        this.#fail(
          `${path}.${key}`,
          `${items.length} items, more than the ${this.#context.limits.nestedListItems} allowed in one nested-write list. Send the rest in another mutation`,
        );
      }
    }
    if (given.includes('set') && given.length > 1) {
      const others = given.filter((k) => k !== 'set').join(' and ');
      this.#fail(
        path,
        `set replaces the whole list of ${label}, so it cannot be combined with ${others}. Give the whole list in set, or use connect and disconnect`,
      );
    }
    const target = relationship.target;
    const connected = this.#keys(target, (input.connect ?? input.set ?? []) as Input[]);
    const disconnected = this.#keys(target, (input.disconnect ?? []) as Input[]);
    const orCreated = new Map<string, readonly unknown[]>();
    ((input.connectOrCreate ?? []) as Input[]).forEach((item, i) => {
      const tuple = this.#connectOrCreate(relationship, item, `${path}.connectOrCreate[${i}]`, owner, depth);
      if (tuple) orCreated.set(keyString(tuple), tuple);
    });
    for (const [op, linked] of [
      ['connect', connected],
      ['connectOrCreate', orCreated],
    ] as const) {
      const both = [...linked.keys()].find((key) => disconnected.has(key));
      if (both !== undefined) {
        this.#fail(
          path,
          `${rowName(this.#context.inflection, target, linked.get(both)!)} is in both ${op} and disconnect of ${label}, so the result would depend on which runs first. Give it in only one of them`,
        );
      }
    }
    const linkOp = input.set ? 'set' : 'connect';
    for (const [key, tuple] of connected) this.#recordNamed(target, key, tuple, `${path}.${linkOp}`, relationship, owner);
    for (const [key, tuple] of disconnected) this.#recordNamed(target, key, tuple, `${path}.disconnect`, undefined, owner);
    const creates = (input.create ?? []) as Input[];
    creates.forEach((child, i) => this.#nestedCreate(relationship, child, `${path}.create[${i}]`, depth + 1));
  }

  #scalar(relationship: MappedRelationship, input: Input, path: string, owner: string, depth: number): void {
    const given = Object.entries(input)
      .filter(([, v]) => v !== undefined && v !== null && v !== false)
      .map(([k]) => k);
    if (given.length !== 1) {
      this.#fail(
        path,
        `${this.#label(relationship)} takes exactly one of connect, connectOrCreate, create or disconnect: true, but got ${given.length === 0 ? 'none' : given.join(' and ')}. Give one of them`,
      );
    }
    if (input.connectOrCreate) {
      this.#connectOrCreate(relationship, input.connectOrCreate as Input, `${path}.connectOrCreate`, owner, depth);
    } else if (input.connect) {
      for (const [key, tuple] of this.#keys(relationship.target, [input.connect as Input])) {
        this.#recordNamed(relationship.target, key, tuple, `${path}.connect`, relationship, owner);
      }
    } else if (input.create) {
      this.#nestedCreate(relationship, input.create as Input, `${path}.create`, depth + 1);
    } else {
      try {
        assertNullable(this.#context, relationship);
      } catch (error) {
        this.#fail(path, (error as Error).message.replace(/\.$/, ''));
      }
    }
  }

  /**
   * Rule 8: one `connectOrCreate` item, `{ where, create }`. Its `create` is checked as a nested
   * create, one level deeper. Returns the primary key when `where` gives it (the row is then
   * named by key, for rules 2, 6 and 7).
   */
  #connectOrCreate(
    relationship: MappedRelationship,
    item: Input,
    path: string,
    owner: string,
    depth: number,
  ): readonly unknown[] | undefined {
    const { inflection } = this.#context;
    const target = relationship.target;
    const where = item.where as Input;
    const create = item.create as Input;
    const key = whereKey(inflection, target, where);
    if (!key) {
      const given = Object.keys(where).filter((name) => where[name] !== undefined && where[name] !== null);
      this.#fail(
        `${path}.where`,
        `a ${relationship.target.name} is looked up by exactly one whole unique key: ${uniqueKeyList(inflection, target)}, but got ${
          given.length === 0 ? 'none' : given.join(' and ')
        }. Give the fields of one of them`,
      );
    }
    for (const column of key) {
      const name = inflection.fieldName(column.attribute);
      if (create[name] !== undefined && !sameInputValue(create[name], where[name])) {
        this.#fail(
          `${path}.create.${name}`,
          `${name} is ${JSON.stringify(create[name])} in create but ${JSON.stringify(where[name])} in where, so the ${target.name} created would not be the one looked up. Leave ${name} out of create (it is taken from where), or give the same value`,
        );
      }
    }
    this.#nestedCreate(relationship, create, `${path}.create`, depth + 1, true);
    if (!sameColumns(key, target.primaryKey)) return undefined;
    const tuple = target.primaryKey.map((column) => where[inflection.fieldName(column.attribute)]);
    this.#recordNamed(target, keyString(tuple), tuple, path, relationship, owner);
    return tuple;
  }

  /** `create` inside `create` inside `create`: each level is one more object and one more flush step. */
  #nestedCreate(relationship: MappedRelationship, input: Input, path: string, depth: number, orConnected = false): void {
    if (depth > this.#context.limits.inputDepth) {
      this.#fail(
        path,
        `nested creates go ${depth} levels deep (at ${relationship.target.name}), more than the ${this.#context.limits.inputDepth} allowed. Create the deeper rows in a separate mutation`,
      );
    }
    this.object(relationship.target, input, path, depth, { under: relationship, orConnected });
  }

  /** Rule 4: `parentId` and `parent` in one object both write the same column. */
  #checkColumnAndLink(model: MappedModel, input: Input, path: string): void {
    for (const [name, value] of Object.entries(input)) {
      const field = value === undefined ? undefined : this.#context.fields.field(model, name);
      if (!field || !('kind' in field) || field.kind !== 'relationship' || linkHolder(field) !== 'owner' || value === null) continue;
      const column = this.#givenColumn(
        model,
        input,
        field.syncPairs.map((pair) => pair.to),
      );
      if (column) {
        this.#fail(path, `${column} and ${name} both write ${model.name}.${column}. Give only one of them`);
      }
    }
  }

  /** Rule 5: a row created through `relationship` gets its link back from it, not from its own input. */
  #checkCreatedUnder(relationship: MappedRelationship, input: Input, path: string): void {
    const { inflection } = this.#context;
    const target = relationship.target;
    const reverse = relationship.reverse;
    const back =
      reverse && !reverse.uselist && input[inflection.fieldName(reverse.name)] !== undefined
        ? inflection.fieldName(reverse.name)
        : undefined;
    const column =
      linkHolder(relationship) === 'target'
        ? this.#givenColumn(
            target,
            input,
            relationship.syncPairs.map((pair) => pair.to),
          )
        : undefined;
    const given = back ?? column;
    if (given) {
      this.#fail(
        path,
        `the new ${target.name} is linked to its ${relationship.owner.name} by ${this.#label(relationship)}, so it cannot also give ${given}. Leave ${given} out`,
      );
    }
  }

  /** The GraphQL name of the first of `columns` given (even as null) in `input`. */
  #givenColumn(model: MappedModel, input: Input, columns: readonly TableColumn[]): string | undefined {
    const { fields, inflection } = this.#context;
    for (const column of columns) {
      const name = inflection.fieldName(column.attribute);
      if (input[name] !== undefined && fields.field(model, name) === column) return name;
    }
    return undefined;
  }

  /** Rule 7, first half: the explicit key of a row to create. */
  #recordCreated(model: MappedModel, input: Input, path: string): void {
    const tuple = model.primaryKey.map((column) => input[this.#context.inflection.fieldName(column.attribute)]);
    if (tuple.some((value) => value === undefined || value === null)) return;
    const key = keyString(tuple);
    // Named only when refused: a list of 1,000 keys would otherwise build 1,000 unused messages.
    const created = this.#created.get(model)?.get(key);
    if (created !== undefined) this.#fail(path, `${this.#row(model, tuple)} is already created at ${created}. Create it once`);
    const named = this.#named.get(model)?.get(key);
    if (named !== undefined)
      this.#fail(
        path,
        `${this.#row(model, tuple)} is also named by its key at ${named}, so it would have to exist already. Create it or name it, not both`,
      );
    mapOf(this.#created, model).set(key, path);
  }

  /** Rules 6 and 7: a row named by key in `at`, linked to the owner at `owner` through `through`. */
  #recordNamed(
    model: MappedModel,
    key: string,
    tuple: readonly unknown[],
    at: string,
    through: MappedRelationship | undefined,
    owner: string,
  ): void {
    const created = this.#created.get(model)?.get(key);
    if (created !== undefined) {
      const where = created === 'input' ? 'by this mutation' : `at ${created}`;
      this.#fail(
        at,
        `${this.#row(model, tuple)} is created ${where}, so it cannot also be named by its key. Create it or name it, not both`,
      );
    }
    if (!mapOf(this.#named, model).has(key)) mapOf(this.#named, model).set(key, at);
    if (!through || !targetHasOneOwner(through)) return;
    const owned = mapOf(this.#owned, through);
    const before = owned.get(key);
    if (before && before.owner !== owner) {
      this.#fail(
        at,
        `${this.#row(model, tuple)} is also linked at ${before.at}, but ${this.#label(through)} links each ${model.name} to one ${through.owner.name}. Link it once`,
      );
    }
    owned.set(key, { owner, at });
  }

  /** The key inputs of a list, by key string, each once (a repeated key means the same as one). */
  #keys(model: MappedModel, keys: readonly Input[]): Map<string, readonly unknown[]> {
    const { inflection } = this.#context;
    const byKey = new Map<string, readonly unknown[]>();
    for (const keyInput of keys) {
      const tuple = model.primaryKey.map((column) => keyInput[inflection.fieldName(column.attribute)]);
      byKey.set(keyString(tuple), tuple);
    }
    return byKey;
  }

  /** `Tag with id 7`: built only for a message, when a row is refused. */
  #row(model: MappedModel, tuple: readonly unknown[]): string {
    return rowName(this.#context.inflection, model, tuple);
  }

  #label(relationship: MappedRelationship): string {
    return `${relationship.owner.name}.${this.#context.inflection.fieldName(relationship.name)}`;
  }

  #fail(path: string, message: string): never {
    throw new BadUserInputError(`${this.#field}(${path}): ${message}.`);
  }
}

/**
 * The unique key of `model` whose fields are exactly those `where` gives (not null), or
 * undefined when they are no whole key, or more than one.
 *
 * @example
 * whereKey(inflection, Tag, { name: 'red' })          // [tag.name]
 * whereKey(inflection, Tag, { id: 1, name: 'red' })   // undefined: two keys
 */
export function whereKey(inflection: Inflection, model: MappedModel, where: Input): readonly TableColumn[] | undefined {
  const given = new Set(Object.keys(where).filter((name) => where[name] !== undefined && where[name] !== null));
  return model.uniqueKeys.find(
    (key) => key.length === given.size && key.every((column) => given.has(inflection.fieldName(column.attribute))),
  );
}

/** `id, name or ownerId and slug`: a model's unique keys as a client gives them. */
export function uniqueKeyList(inflection: Inflection, model: MappedModel): string {
  const keys = model.uniqueKeys.map((key) => key.map((column) => inflection.fieldName(column.attribute)).join(' and '));
  return keys.length <= 1 ? (keys[0] ?? '') : `${keys.slice(0, -1).join(', ')} or ${keys.at(-1)}`;
}

/** Two input values the same: scalars by value, dates by instant, the rest (Decimal objects, JSON) by their JSON. */
function sameInputValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return typeof a === 'object' && typeof b === 'object' && a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b);
}

function sameColumns(a: readonly TableColumn[], b: readonly TableColumn[]): boolean {
  return a.length === b.length && a.every((column) => b.includes(column));
}

/**
 * A key tuple as a string of one map: a single number as itself (the usual key, without a JSON
 * string per key of a 1,000-key list), anything else as its JSON (which starts with `[`, so the
 * two never meet).
 */
function keyString(tuple: readonly unknown[]): string {
  return tuple.length === 1 && typeof tuple[0] === 'number' ? String(tuple[0]) : JSON.stringify(tuple);
}

function mapOf<K, V>(maps: Map<K, Map<string, V>>, key: K): Map<string, V> {
  let map = maps.get(key);
  if (!map) {
    map = new Map();
    maps.set(key, map);
  }
  return map;
}

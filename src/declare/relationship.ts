/** `relationship()` and `backref()`: options recorded as written, resolved later by the mapper. */
import { callSite } from '../util/callSite.js';
import type { TableDecl } from './Table.js';
import type { ModelClass } from './model.js';

/** SQLAlchemy's relationship() options, camelCased, with the same meaning. */
export interface RelationshipOptions {
  /** The name of the relationship on the target that is this one's reverse. */
  readonly backPopulates?: string;
  /** Creates the reverse relationship on the target: a name, or `backref(name, options)`. */
  readonly backref?: string | BackrefDecl;
  /** A list (true) or a scalar (false). Default: false for many-to-one, true otherwise. */
  readonly uselist?: boolean;
  /** The association table of a many-to-many: a Table, a thunk returning one, or its name. */
  readonly secondary?: TableDecl | (() => TableDecl) | string;
  /** Default `"save-update, merge"`; e.g. `"all, delete-orphan"` for owned children. */
  readonly cascade?: string;
  /** Trust the database's `ON DELETE` instead of loading rows to delete or unlink them. */
  readonly passiveDeletes?: boolean | 'all';
  /** A read-only relationship: no write inputs, no link mutations, no part in flushes. */
  readonly viewonly?: boolean;
  /** The foreign-key columns to use when several paths link the tables: `"child.parent_id"`. */
  readonly foreignKeys?: string | readonly string[];
  /** Default order of a list: `"name"`, `"name desc"`, or several. */
  readonly orderBy?: string | readonly string[];
  /** In a self-referential relationship, the columns on the remote (many-to-one: parent) side. */
  readonly remoteSide?: string | readonly string[];
  /** Relationships that knowingly write the same columns (SQLAlchemy's `overlaps`). */
  readonly overlaps?: string | readonly string[];
  /** Write this foreign key with a second UPDATE, to break a cycle between rows. */
  readonly postUpdate?: boolean;
  /** Shown as the field's description in the GraphQL schema. */
  readonly doc?: string;
}

export type BackrefOptions = Omit<RelationshipOptions, 'backref' | 'backPopulates' | 'secondary'>;

export interface RelationshipDecl {
  readonly kind: 'relationship';
  /** A model name, or a thunk returning the model (for declarations in any order). */
  readonly target: string | (() => ModelClass);
  readonly options: RelationshipOptions;
  readonly declaredAt: string | undefined;
}

export interface BackrefDecl {
  readonly kind: 'backref';
  readonly name: string;
  readonly options: BackrefOptions;
}

/**
 * Declares a relationship from the model it is an attribute of (its owner) to `target`.
 * Direction and join condition are derived from the foreign keys, as in SQLAlchemy.
 *
 * @example
 * children: relationship('Child', { backPopulates: 'parent', cascade: 'all, delete-orphan' })
 * parents: relationship('Parent', { secondary: 'association', backref: 'children' })
 */
export function relationship(target: string | (() => ModelClass), options: RelationshipOptions = {}): RelationshipDecl {
  if (typeof target !== 'string' && typeof target !== 'function') {
    throw new TypeError(`relationship(target) expects a model name or a function returning the model, but got: ${String(target)}.`);
  }
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`relationship(target, options) expects an options object, but got: ${String(options)}.`);
  }
  return Object.freeze({ kind: 'relationship', target, options: Object.freeze({ ...options }), declaredAt: callSite() });
}

/**
 * Names the reverse relationship that `backref` creates, with options of its own (SQLAlchemy
 * does not carry `uselist`, `cascade`, `orderBy` or `passiveDeletes` over to it).
 *
 * @example
 * child: relationship('Child', { backref: backref('parent', { uselist: false }) })
 */
export function backref(name: string, options: BackrefOptions = {}): BackrefDecl {
  if (typeof name !== 'string' || name.length === 0) {
    throw new TypeError(`backref(name, options) expects the name of the reverse relationship, but got: ${String(name)}.`);
  }
  return Object.freeze({ kind: 'backref', name, options: Object.freeze({ ...options }) });
}

export function isRelationshipDecl(value: unknown): value is RelationshipDecl {
  return (value as { kind?: unknown } | null)?.kind === 'relationship';
}

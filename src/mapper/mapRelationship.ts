/** Step 3 of `configure()`: one declared relationship, resolved (target, secondary, join, options). */
import {
  isModelClass,
  isMetaData,
  type RelationshipDecl,
  type RelationshipOptions,
  type TableColumn,
  type TableDecl,
} from '../declare/index.js';
import type { ProblemCollector } from '../errors/MappingError.js';
import { didYouMean } from '../util/didYouMean.js';
import { determineJoin } from './determineJoin.js';
import type { ModelDraft, RelationshipDraft, TableDraft } from './draft.js';
import { defaultCascade, parseCascade, viewonlyCascade } from './parseCascade.js';
import { findColumn } from './resolveTables.js';
import type { Cascade, Direction, JoinPair, OrderTerm, SecondaryJoinPair, SyncPair } from './types.js';

const optionNames: ReadonlyArray<keyof RelationshipOptions> = [
  'backPopulates',
  'backref',
  'uselist',
  'secondary',
  'cascade',
  'passiveDeletes',
  'viewonly',
  'foreignKeys',
  'orderBy',
  'remoteSide',
  'overlaps',
  'postUpdate',
  'doc',
];

export interface MapContext {
  readonly models: ReadonlyMap<string, ModelDraft>;
  readonly tables: ReadonlyMap<string, TableDraft>;
  readonly problems: ProblemCollector;
}

/** Returns the relationship, or undefined when a problem was recorded. */
export function mapRelationship(
  owner: ModelDraft,
  name: string,
  decl: RelationshipDecl,
  context: MapContext,
): RelationshipDraft | undefined {
  const { problems } = context;
  const label = `${owner.name}.${name}`;
  const { options } = decl;
  const valid = checkOptionNames(label, options, problems);
  const target = resolveTarget(label, decl.target, context);
  const secondary = resolveSecondary(label, options.secondary, context);
  if (!valid || !target || secondary === null) return undefined;
  if (options.backref !== undefined && options.backPopulates !== undefined) {
    problems.add(
      'backref-and-back-populates',
      `${label}: backref and backPopulates are both given. Use backPopulates when the reverse relationship is declared on ${target.name}, or backref to create it, not both.`,
    );
    return undefined;
  }
  const tablesInPlay = [owner.table, target.table, ...(secondary ? [secondary] : [])];
  const foreignKeys = resolveColumnNames(label, 'foreignKeys', options.foreignKeys, tablesInPlay, problems);
  const remoteSide = resolveColumnNames(label, 'remoteSide', options.remoteSide, [target.table], problems);
  if (foreignKeys === null || remoteSide === null) return undefined;
  const outcome = determineJoin({ label, owner: owner.table, target: target.table, secondary, foreignKeys, remoteSide });
  if (!outcome.ok) {
    problems.add(outcome.code, outcome.message);
    return undefined;
  }
  const { direction, join, secondaryJoin } = outcome.result;
  const viewonly = options.viewonly === true;
  const uselist = options.uselist ?? direction !== 'many-to-one';
  const cascade = resolveCascade(label, options, direction, viewonly, problems);
  const orderBy = resolveOrderBy(label, options.orderBy, target, problems);
  if (!cascade || !orderBy) return undefined;
  return createRelationshipDraft({
    owner,
    name,
    target,
    direction,
    uselist,
    secondary,
    join,
    secondaryJoin,
    cascade,
    orderBy,
    passiveDeletes: options.passiveDeletes ?? false,
    viewonly,
    postUpdate: options.postUpdate === true,
    overlaps: toList(options.overlaps),
    origin: 'declared',
    declaredAt: decl.declaredAt,
    doc: options.doc,
    declaredBackPopulates: options.backPopulates,
  });
}

type RelationshipFields = Omit<RelationshipDraft, 'kind' | 'syncPairs' | 'secondarySyncPairs' | 'nullable' | 'reverse'>;

/** Fills in what follows from the direction and the join: sync pairs and nullability. */
export function createRelationshipDraft(fields: RelationshipFields): RelationshipDraft {
  const { direction, join, secondaryJoin } = fields;
  return {
    kind: 'relationship',
    ...fields,
    syncPairs: syncPairsFor(direction, join),
    secondarySyncPairs: secondaryJoin.map((pair) => ({ from: pair.target, to: pair.secondary })),
    // R1.6 and the contract: a many-to-one is non-null only when every foreign-key column is NOT NULL.
    nullable: direction === 'many-to-one' ? join.some((pair) => pair.local.nullable) : true,
    reverse: undefined,
  };
}

function syncPairsFor(direction: Direction, join: readonly JoinPair[]): SyncPair[] {
  return direction === 'many-to-one'
    ? join.map((pair) => ({ from: pair.remote, to: pair.local }))
    : join.map((pair) => ({ from: pair.local, to: pair.remote }));
}

/** The join as seen from the other side: used for backrefs. */
export function reverseJoin(
  direction: Direction,
  join: readonly JoinPair[],
  secondaryJoin: readonly SecondaryJoinPair[],
): { join: JoinPair[]; secondaryJoin: SecondaryJoinPair[] } {
  if (direction === 'many-to-many') {
    return {
      join: secondaryJoin.map((pair) => ({ local: pair.target, remote: pair.secondary })),
      secondaryJoin: join.map((pair) => ({ secondary: pair.remote, target: pair.local })),
    };
  }
  return { join: join.map((pair) => ({ local: pair.remote, remote: pair.local })), secondaryJoin: [] };
}

export function oppositeDirection(direction: Direction): Direction {
  if (direction === 'one-to-many') return 'many-to-one';
  if (direction === 'many-to-one') return 'one-to-many';
  return 'many-to-many';
}

function checkOptionNames(label: string, options: object, problems: ProblemCollector): boolean {
  const unknown = Object.keys(options).filter((key) => !(optionNames as readonly string[]).includes(key));
  for (const key of unknown) {
    problems.add('invalid-option', `${label}: relationship() has no option "${key}".${didYouMean(key, optionNames)}`);
  }
  return unknown.length === 0;
}

function resolveTarget(label: string, target: RelationshipDecl['target'], context: MapContext): ModelDraft | undefined {
  const { models, problems } = context;
  if (typeof target === 'string') {
    const model = models.get(target);
    if (!model) {
      problems.add(
        'unknown-target',
        `${label}: the target "${target}" is not a declared model.${didYouMean(target, models.keys())} Declare it with Base.model("${target}", ...) on the same base, or correct the name.`,
      );
    }
    return model;
  }
  let resolved: unknown;
  try {
    resolved = target();
  } catch (error) {
    problems.add('unknown-target', `${label}: the target function threw ${String(error)}. Return the model class, e.g. () => Child.`);
    return undefined;
  }
  if (!isModelClass(resolved)) {
    problems.add(
      'unknown-target',
      `${label}: the target function returned ${typeof resolved === 'function' ? 'a function that is not a model' : String(resolved)}. Return a model declared with Base.model(), e.g. () => Child.`,
    );
    return undefined;
  }
  const model = models.get(resolved.modelName);
  if (!model || model.class !== resolved) {
    problems.add(
      'unknown-target',
      `${label}: the target ${resolved.modelName} belongs to another declarative base. Declare both models on the same base.`,
    );
    return undefined;
  }
  return model;
}

/** Returns the table, undefined when there is no secondary, or null after a problem. */
function resolveSecondary(label: string, secondary: RelationshipOptions['secondary'], context: MapContext): TableDraft | undefined | null {
  const { tables, problems } = context;
  if (secondary === undefined) return undefined;
  let decl: unknown = secondary;
  if (typeof secondary === 'function' && !isModelClass(secondary)) {
    try {
      decl = secondary();
    } catch (error) {
      problems.add(
        'unknown-table',
        `${label}: the secondary function threw ${String(error)}. Return the association Table, e.g. () => association.`,
      );
      return null;
    }
  }
  if (isModelClass(decl)) {
    // R3.3: rows of `secondary` are written independently of any class mapped to that table.
    problems.add(
      'secondary-is-model',
      `${label}: secondary is the model ${decl.modelName}, but it must be a Table or a table name. Pass secondary: "${decl.tableName}" for a plain many-to-many, or relate to ${decl.modelName} with a one-to-many as an association object.`,
    );
    return null;
  }
  const name = typeof decl === 'string' ? decl : isTableDecl(decl) ? decl.name : undefined;
  if (name === undefined) {
    problems.add(
      'unknown-table',
      `${label}: secondary must be a Table, a function returning one, or a table name, but got: ${String(decl)}.`,
    );
    return null;
  }
  const table = tables.get(name);
  if (!table || (isTableDecl(decl) && table.decl !== decl)) {
    problems.add(
      'unknown-table',
      `${label}: secondary names table "${name}", which is not declared in this metadata.${didYouMean(name, tables.keys())} Declare it with Table("${name}", Base.metadata, ...).`,
    );
    return null;
  }
  return table;
}

function isTableDecl(value: unknown): value is TableDecl {
  return (value as { kind?: unknown } | null)?.kind === 'table' && isMetaData((value as TableDecl).metadata);
}

/** Resolves `"table.column"` or `"column"` names against the tables in play; null after a problem. */
function resolveColumnNames(
  label: string,
  option: 'foreignKeys' | 'remoteSide',
  names: string | readonly string[] | undefined,
  tables: readonly TableDraft[],
  problems: ProblemCollector,
): TableColumn[] | undefined | null {
  if (names === undefined) return undefined;
  const columns: TableColumn[] = [];
  for (const name of toList(names)) {
    const [tableName, columnName] = name.includes('.') ? (name.split('.') as [string, string]) : [undefined, name];
    const candidates = tableName === undefined ? tables : tables.filter((t) => t.name === tableName);
    const column = candidates.map((t) => findColumn(t.decl, columnName)).find((c) => c !== undefined);
    if (!column) {
      const known = tables.flatMap((t) => t.columns.map((c) => `${t.name}.${c.name}`));
      const fix = didYouMean(name, known) || ` Write "table.column", e.g. "${known[0]}".`;
      problems.add(
        'unknown-column',
        `${label}: ${option} names "${name}", which is not a column of ${tables.map((t) => `"${t.name}"`).join(' or ')}.${fix}`,
      );
      return null;
    }
    columns.push(column);
  }
  return columns;
}

export function resolveCascade(
  label: string,
  options: RelationshipOptions,
  direction: Direction,
  viewonly: boolean,
  problems: ProblemCollector,
): Cascade | undefined {
  if (options.cascade === undefined) return viewonly ? viewonlyCascade : defaultCascade;
  const parsed = parseCascade(options.cascade);
  if ('error' in parsed) {
    problems.add('invalid-cascade', `${label}: ${parsed.error}`);
    return undefined;
  }
  const { cascade } = parsed;
  if (viewonly && (cascade.saveUpdate || cascade.delete || cascade.deleteOrphan)) {
    problems.add(
      'invalid-cascade',
      `${label}: cascade "${options.cascade}" writes, but the relationship is viewonly. Remove cascade, or remove viewonly.`,
    );
    return undefined;
  }
  if (cascade.deleteOrphan && direction !== 'one-to-many') {
    problems.add(
      'invalid-cascade',
      `${label}: delete-orphan cascade is for one-to-many relationships, and this one is ${direction}. Put cascade: "all, delete-orphan" on the one-to-many side instead.`,
    );
    return undefined;
  }
  if (cascade.deleteOrphan && !cascade.delete) {
    problems.add('invalid-cascade', `${label}: delete-orphan cascade requires delete. Write cascade: "all, delete-orphan".`);
    return undefined;
  }
  if (options.passiveDeletes === 'all' && (cascade.delete || cascade.deleteOrphan)) {
    problems.add(
      'invalid-cascade',
      `${label}: passiveDeletes "all" leaves the related rows alone, which contradicts cascade "${options.cascade}". Use passiveDeletes: true with ON DELETE CASCADE, or drop delete from cascade.`,
    );
    return undefined;
  }
  return cascade;
}

export function resolveOrderBy(
  label: string,
  orderBy: string | readonly string[] | undefined,
  target: ModelDraft,
  problems: ProblemCollector,
): OrderTerm[] | undefined {
  const terms: OrderTerm[] = [];
  for (const term of toList(orderBy)) {
    const match = /^\s*(\S+?)(?:\s+(asc|desc))?\s*$/i.exec(term);
    const column = match ? findColumn(target.table.decl, match[1]!) : undefined;
    if (!match || !column) {
      const names = target.columns.map((c) => c.attribute);
      problems.add(
        'unknown-column',
        `${label}: orderBy "${term}" does not name a column of ${target.name}.${didYouMean(match?.[1] ?? term, names)} Write a column attribute, optionally followed by "asc" or "desc".`,
      );
      return undefined;
    }
    terms.push({ column, descending: match[2]?.toLowerCase() === 'desc' });
  }
  return terms;
}

export function toList(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : [...value];
}

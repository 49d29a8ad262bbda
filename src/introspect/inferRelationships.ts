/**
 * The relationships of introspected models: a many-to-one and its one-to-many (or one-to-one)
 * per foreign key, a many-to-many pair per link table, and an association proxy on each end of
 * an association object, each named so that no GraphQL field is generated twice
 * (`docs/sqlalchemy-semantics.md` for the rules cited as R…).
 */
import type { Direction } from '../mapper/index.js';
import type { CatalogForeignKey, CatalogTable } from './Catalog.js';
import { columnPosition } from './inferColumns.js';
import type { ColumnDescription, ProxyDescription, RelationshipOptionsDescription } from './inferModels.js';
import { type FieldNames, attributeNames, compare, idStem, joinWords, modelWord, plural, type Convention } from './inferNames.js';

/** A model being inferred, as its relationships need it. */
export interface ModelDraft {
  readonly table: CatalogTable;
  readonly name: string;
  readonly columns: readonly ColumnDescription[];
  readonly associationObject: boolean;
  /** The GraphQL fields of its type taken so far. */
  readonly fields: FieldNames;
}

export interface RelationshipsContext {
  readonly convention: Convention;
  /** Table name → model name, for the tables mapped as models. */
  readonly modelNames: ReadonlyMap<string, string>;
  /** Table name → its foreign keys that can be declared (their target is a model). */
  readonly mappedForeignKeys: ReadonlyMap<string, readonly CatalogForeignKey[]>;
}

/** One side of a relationship pair, named once every side of its owner is known. */
export interface Side {
  readonly owner: string;
  readonly target: string;
  readonly direction: Direction;
  readonly list: boolean;
  /** Preferred name first; a numeric suffix follows the first if all are taken. */
  readonly candidates: readonly string[];
  readonly options: Omit<RelationshipOptionsDescription, 'backPopulates'>;
  /** Declaration order within the owner: many-to-ones (0), one-to-manys (1), many-to-manys (2). */
  readonly order: readonly [number, string];
  /** The foreign key it is made from, and the table that holds it. */
  readonly foreignKey: CatalogForeignKey;
  readonly table: string;
  name?: string;
  partner?: Side;
}

/**
 * Per foreign key of a model's table: the many-to-one on it and the one-to-many (one-to-one
 * when the foreign key is unique) back on the target, paired with `backPopulates`.
 *
 * - Names: the many-to-one is the column without `_id` (`billing_address`), else the target's
 *   name; the one-to-many is the plural of the model's name (`customers`), prefixed with the
 *   many-to-one's name when the table has several foreign keys to the target
 *   (`billing_address_customers`). In an adjacency list `parent` pairs with `children`.
 * - `foreignKeys` on both sides when more than one foreign key links the two tables (R1.8),
 *   `remoteSide` on the many-to-one of a self-referential key (R1.4).
 * - `passiveDeletes` on the one-to-many when the database deletes the rows itself (ON DELETE
 *   CASCADE, R6.9): without it relgraph would first clear their foreign keys.
 * - `cascade: 'all, delete-orphan'` on the one-to-manys to an association object: its rows
 *   belong to both ends (R6.10), as they do through a `secondary`, and removing one through
 *   the proxy deletes it.
 */
export function foreignKeySides(table: CatalogTable, drafts: ReadonlyMap<string, ModelDraft>, context: RelationshipsContext): Side[] {
  const { convention } = context;
  const child = drafts.get(table.name)!;
  const fks = context.mappedForeignKeys.get(table.name)!;
  const sides: Side[] = [];
  for (const fk of fks) {
    const parentTable = fk.targetTable;
    const parent = drafts.get(parentTable)!;
    const selfReferential = parentTable === table.name;
    const sameDirection = fks.filter((other) => other.targetTable === parentTable).length;
    const reverse = selfReferential
      ? 0
      : context.mappedForeignKeys.get(parentTable)!.filter((other) => other.targetTable === table.name).length;
    const foreignKeys = sameDirection + reverse > 1 ? { foreignKeys: fk.columns.map((c) => `${table.name}.${c}`) } : {};
    const unique = isUniqueForeignKey(table, fk);
    const targetWord = modelWord(convention, parent.name);
    const attributes = fk.columns.map((c) => child.columns.find((d) => d.name === c)!.attribute);
    const stem = attributes.length === 1 ? idStem(attributes[0]!) : undefined;
    const columnWords = joinWords(convention, ...attributes);
    const manyToOneNames = stem
      ? [stem]
      : sameDirection > 1
        ? [joinWords(convention, columnWords, targetWord)]
        : [targetWord, joinWords(convention, columnWords, targetWord)];
    const childWord = modelWord(convention, child.name);
    const childNames = unique ? childWord : plural(childWord);
    const qualified = joinWords(convention, manyToOneNames[0]!, childNames);
    let oneToManyNames: string[];
    if (selfReferential)
      oneToManyNames = manyToOneNames[0]!.toLowerCase() === 'parent' ? [unique ? 'child' : 'children', qualified] : [qualified];
    else oneToManyNames = sameDirection > 1 ? [qualified] : [childNames, qualified];
    const manyToOne: Side = {
      owner: child.name,
      target: parent.name,
      direction: 'many-to-one',
      list: false,
      candidates: manyToOneNames,
      options: { ...foreignKeys, ...(selfReferential ? { remoteSide: fk.targetColumns } : {}) },
      order: [0, String(columnPosition(table, fk.columns[0]!)).padStart(6, '0')],
      foreignKey: fk,
      table: table.name,
    };
    const oneToMany: Side = {
      owner: parent.name,
      target: child.name,
      direction: 'one-to-many',
      list: !unique,
      candidates: oneToManyNames,
      options: {
        ...(unique ? { uselist: false as const } : {}),
        ...foreignKeys,
        ...(child.associationObject ? { cascade: 'all, delete-orphan' } : {}),
        ...(fk.onDelete === 'CASCADE' ? { passiveDeletes: true as const } : {}),
      },
      order: [1, `${table.name}\u0000${fk.columns.join(',')}`],
      foreignKey: fk,
      table: table.name,
    };
    manyToOne.partner = oneToMany;
    oneToMany.partner = manyToOne;
    sides.push(manyToOne, oneToMany);
  }
  return sides;
}

/** A unique key (the primary key or a unique constraint) within the foreign key's columns: one row per parent. */
function isUniqueForeignKey(table: CatalogTable, fk: CatalogForeignKey): boolean {
  return [table.primaryKey, ...table.uniques.map((u) => u.columns)].some(
    (key) => key.length > 0 && key.every((c) => fk.columns.includes(c)),
  );
}

/**
 * The many-to-many pair of a link table: on each end, the plural of the other end's name
 * (`Book.genres` ↔ `Genre.books`); the table's name comes first when several link tables join
 * the same two models. A self-referential link table (`follow(follower_id, followed_id)`)
 * names each side after the other column (`followeds`, `followers`) and says which column is
 * the owner's with `foreignKeys`. `passiveDeletes` where the link rows go with the owner
 * (ON DELETE CASCADE, R5.3).
 */
export function manyToManySides(table: CatalogTable, links: readonly CatalogTable[], context: RelationshipsContext): Side[] {
  const { convention, modelNames } = context;
  const [a, b] = table.foreignKeys as [CatalogForeignKey, CatalogForeignKey];
  const ends = (t: CatalogTable) =>
    t.foreignKeys
      .map((fk) => fk.targetTable)
      .sort(compare)
      .join('\u0000');
  const shared = links.filter((other) => ends(other) === ends(table)).length > 1;
  const tableWord = attributeNames([table.name], convention).get(table.name)!;
  const selfReferential = a.targetTable === b.targetTable;
  const attributes = attributeNames(
    table.columns.map((c) => c.name),
    convention,
  );
  const side = (own: CatalogForeignKey, other: CatalogForeignKey, index: number): Side => {
    const target = modelNames.get(other.targetTable)!;
    const otherColumns = other.columns.map((c) => attributes.get(c)!);
    const otherWord = selfReferential
      ? ((otherColumns.length === 1 ? idStem(otherColumns[0]!) : undefined) ?? joinWords(convention, ...otherColumns))
      : modelWord(convention, target);
    const names = plural(otherWord);
    const qualified = joinWords(convention, tableWord, names);
    return {
      owner: modelNames.get(own.targetTable)!,
      target,
      direction: 'many-to-many',
      list: true,
      candidates: shared ? [qualified] : [names, qualified],
      options: {
        secondary: table.name,
        ...(selfReferential ? { foreignKeys: own.columns.map((c) => `${table.name}.${c}`) } : {}),
        ...(own.onDelete === 'CASCADE' ? { passiveDeletes: true as const } : {}),
      },
      order: [2, `${table.name}\u0000${index}`],
      foreignKey: own,
      table: table.name,
    };
  };
  const first = side(a, b, 0);
  const second = side(b, a, 1);
  first.partner = second;
  second.partner = first;
  return [first, second];
}

/** Names every side on its owner, in declaration order, so that no GraphQL field is generated twice. */
export function nameRelationships(drafts: ReadonlyMap<string, ModelDraft>, sides: readonly Side[]): void {
  const byOwner = new Map<string, Side[]>();
  for (const side of sides) byOwner.set(side.owner, [...(byOwner.get(side.owner) ?? []), side]);
  const fields = new Map([...drafts.values()].map((d) => [d.name, d.fields]));
  for (const [owner, owned] of [...byOwner].sort(([a], [b]) => compare(a, b))) {
    for (const side of owned.sort(bySideOrder)) side.name = fields.get(owner)!.claim(side.candidates, side.list);
  }
}

export function bySideOrder(a: Side, b: Side): number {
  return a.order[0] - b.order[0] || compare(a.order[1], b.order[1]);
}

/**
 * On each end of an association object, the flat list of the far end through it
 * (`Book.authors` through `Book.book_authors` → `BookAuthor.author`), named as the plural of
 * the association's many-to-one.
 */
export function associationProxies(
  modelTables: readonly CatalogTable[],
  drafts: ReadonlyMap<string, ModelDraft>,
  sides: readonly Side[],
  context: RelationshipsContext,
): Map<string, ProxyDescription[]> {
  const proxies = new Map<string, ProxyDescription[]>();
  for (const table of modelTables) {
    const association = drafts.get(table.name)!;
    if (!association.associationObject) continue;
    const fks = context.mappedForeignKeys.get(table.name)!;
    for (const [own, other] of [
      [fks[0]!, fks[1]!],
      [fks[1]!, fks[0]!],
    ] as const) {
      const toAssociations = sides.find((s) => s.foreignKey === own && s.direction === 'one-to-many')!;
      const toFarEnd = sides.find((s) => s.foreignKey === other && s.direction === 'many-to-one')!;
      if (!toAssociations.list) continue;
      const owner = drafts.get(own.targetTable)!;
      const names = plural(toFarEnd.name!);
      const name = owner.fields.claim([names, joinWords(context.convention, modelWord(context.convention, association.name), names)], true);
      proxies.set(owner.name, [
        ...(proxies.get(owner.name) ?? []),
        { name, relationship: toAssociations.name!, attribute: toFarEnd.name!, target: toFarEnd.target },
      ]);
    }
  }
  return proxies;
}

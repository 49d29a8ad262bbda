/**
 * Turns a `Mapping` into the neutral description every diagram format draws: a box per model
 * (and per plain `secondary` table), an edge per relationship pair. It reads what the mapper
 * decided (direction, `uselist`, `secondary`, `viewonly`, cascade, `passiveDeletes`, the
 * reverse side) and never looks at foreign keys to guess a direction again.
 */
import { columnTypeName } from '../declare/columnTypes.js';
import type { TableColumn } from '../declare/index.js';
import {
  cardinalityOf,
  linkHolder,
  type Cardinality,
  type MappedModel,
  type MappedRelationship,
  type MappedTable,
  type Mapping,
} from '../mapper/index.js';

/** What an edge stands for, as the mapper decided it. */
export type { Cardinality } from '../mapper/index.js';

/** How many rows of a box one row at the other end of an edge meets. */
export type EndCount = 'one' | 'zero-or-one' | 'many';

export interface DiagramColumn {
  /** The SQL name. */
  readonly name: string;
  /** `Integer`, `String`, `Numeric`, `Enum`: SQLAlchemy's name for the column type. */
  readonly type: string;
  /** `['120']` for `String(120)`, `['10', '2']` for `Numeric(10, 2)`, `['BookFormat']` for a named enum. */
  readonly typeArguments: readonly string[];
  readonly primaryKey: boolean;
  readonly unique: boolean;
  readonly nullable: boolean;
  /** `"publisher.id"` for a foreign-key column, in declaration order. */
  readonly references: readonly string[];
}

export interface DiagramProxy {
  /** `authors`. */
  readonly name: string;
  /** `Author`. */
  readonly target: string;
  /** `bookAuthors.author`: the owner's relationship to the association object, then its scalar. */
  readonly through: string;
}

export interface DiagramBox {
  /** The name renderers key the box by: the model's name, or a plain table's name. */
  readonly id: string;
  /**
   * `model`; `association` for a model whose rows link two others (an association object);
   * `link-table` for a plain `Table` used as a `secondary`.
   */
  readonly kind: 'model' | 'association' | 'link-table';
  readonly model: string | undefined;
  readonly table: string;
  readonly columns: readonly DiagramColumn[];
  readonly proxies: readonly DiagramProxy[];
}

export interface DiagramEnd {
  readonly box: string;
  /** The relationship's name on this end's model; undefined for the far end of an unpaired relationship. */
  readonly attribute: string | undefined;
  /** How many rows of this box one row at the other end meets (the link table's rows for many-to-many). */
  readonly count: EndCount;
  /** `viewonly`, `delete`, `delete-orphan`, `passiveDeletes`: what this end's relationship does on its own. */
  readonly notes: readonly string[];
}

export interface DiagramEdge {
  /** `Publisher.books`: the relationship the edge is drawn from. */
  readonly id: string;
  readonly cardinality: Cardinality;
  readonly from: DiagramEnd;
  readonly to: DiagramEnd;
  /** The `secondary` box a many-to-many goes through. */
  readonly through: string | undefined;
  /** Every relationship of the edge is `viewonly`: nothing writes the link through it. */
  readonly viewonly: boolean;
}

export interface Diagram {
  readonly boxes: readonly DiagramBox[];
  readonly edges: readonly DiagramEdge[];
}

/**
 * @example
 * describeMapping(configure(Base)).edges[0]
 * // { id: 'Publisher.books', cardinality: 'one-to-many', from: { box: 'Publisher', attribute: 'books', count: 'one', ... },
 * //   to: { box: 'Book', attribute: 'publisher', count: 'many', ... }, through: undefined, viewonly: false }
 */
export function describeMapping(mapping: Mapping): Diagram {
  const linkTables = secondaryTables(mapping);
  const boxIds = new Map<MappedTable, string>();
  const modelNames = new Set(mapping.models.map((model) => model.name));
  for (const model of mapping.models) boxIds.set(model.table, model.name);
  for (const table of linkTables) boxIds.set(table, modelNames.has(table.name) ? `${table.name} table` : table.name);
  const boxOf = (table: MappedTable) => boxIds.get(table)!;
  return {
    boxes: [
      ...mapping.models.map((model) => modelBox(model, mapping)),
      ...linkTables.map((table) => ({
        id: boxOf(table),
        kind: 'link-table' as const,
        model: undefined,
        table: table.name,
        columns: describeColumns(table.columns, table),
        proxies: [],
      })),
    ],
    edges: relationshipPairs(mapping).map((first) => describeEdge(first, boxOf)),
  };
}

/** The `secondary` tables no model maps, in the order relationships first use them. */
function secondaryTables(mapping: Mapping): MappedTable[] {
  const tables = new Set<MappedTable>();
  for (const model of mapping.models) {
    for (const relationship of model.relationships) {
      if (relationship.secondary && !relationship.secondary.model) tables.add(relationship.secondary);
    }
  }
  return [...tables];
}

function modelBox(model: MappedModel, mapping: Mapping): DiagramBox {
  return {
    id: model.name,
    kind: isAssociationObject(model, mapping) ? 'association' : 'model',
    model: model.name,
    table: model.table.name,
    columns: describeColumns(model.columns, model.table),
    proxies: model.proxies.map((proxy) => ({
      name: proxy.name,
      target: proxy.target.name,
      through: `${proxy.relationship.name}.${proxy.attribute.name}`,
    })),
  };
}

/**
 * An association object, as SQLAlchemy's "Association Object" pattern has it: a model whose
 * table is some relationship's `secondary`, or that an association proxy goes through, or whose
 * primary key is made of foreign keys to two or more tables.
 */
function isAssociationObject(model: MappedModel, mapping: Mapping): boolean {
  if (model.table.isSecondary) return true;
  if (mapping.models.some((other) => other.proxies.some((proxy) => proxy.relationship.target === model))) return true;
  const keyForeignKeys = model.table.foreignKeys.filter((foreignKey) => foreignKey.columns.every((column) => column.primaryKey));
  const referenced = new Set(keyForeignKeys.map((foreignKey) => foreignKey.targetTable));
  const keyCovered = model.primaryKey.every((column) => keyForeignKeys.some((foreignKey) => foreignKey.columns.includes(column)));
  return referenced.size >= 2 && keyCovered;
}

function describeColumns(columns: readonly TableColumn[], table: MappedTable): DiagramColumn[] {
  return columns.map((column) => ({
    name: column.name,
    ...columnType(column),
    primaryKey: column.primaryKey || table.primaryKey.includes(column),
    unique: column.unique,
    nullable: column.nullable,
    references: table.foreignKeys.flatMap((foreignKey) => {
      const index = foreignKey.columns.indexOf(column);
      return index === -1 ? [] : [`${foreignKey.targetTable.name}.${foreignKey.targets[index]!.name}`];
    }),
  }));
}

function columnType(column: TableColumn): Pick<DiagramColumn, 'type' | 'typeArguments'> {
  const { type } = column;
  const typeArguments =
    type.length !== undefined
      ? [String(type.length)]
      : type.precision !== undefined
        ? [String(type.precision), ...(type.scale !== undefined ? [String(type.scale)] : [])]
        : type.enumName !== undefined
          ? [type.enumName]
          : [];
  return { type: columnTypeName(type.kind), typeArguments };
}

/**
 * Each relationship once, together with its reverse (`backPopulates` / `backref`). A pair is
 * drawn from the side written first: the first model's, for `backPopulates`, and the side that
 * declares the `backref` otherwise. So the many-to-one pattern reads "many-to-one" and the
 * one-to-many pattern "one-to-many", although each pair holds both.
 */
function relationshipPairs(mapping: Mapping): MappedRelationship[] {
  const drawn = new Set<MappedRelationship>();
  const firsts: MappedRelationship[] = [];
  for (const model of mapping.models) {
    for (const relationship of model.relationships) {
      if (drawn.has(relationship)) continue;
      const { reverse } = relationship;
      const first = reverse && drawnFromReverse(relationship, reverse) ? reverse : relationship;
      drawn.add(relationship);
      if (reverse) drawn.add(reverse);
      firsts.push(first);
    }
  }
  return firsts;
}

/** A backref is drawn from the relationship that declares it. */
function drawnFromReverse(relationship: MappedRelationship, reverse: MappedRelationship): boolean {
  return relationship.origin === 'backref' && reverse.origin === 'declared';
}

function describeEdge(first: MappedRelationship, boxOf: (table: MappedTable) => string): DiagramEdge {
  const second = first.reverse;
  const cardinality = cardinalityOf(first);
  const ends = endCounts(first, cardinality);
  const fromNotes = notesOf(first);
  const toNotes = second ? notesOf(second) : [];
  return {
    id: `${first.owner.name}.${first.name}`,
    cardinality,
    from: { box: boxOf(first.owner.table), attribute: first.name, count: ends.from, notes: fromNotes },
    to: { box: boxOf(first.target.table), attribute: second?.name, count: ends.to, notes: toNotes },
    through: first.secondary ? boxOf(first.secondary) : undefined,
    viewonly: first.viewonly && (second?.viewonly ?? true),
  };
}

/**
 * The crow's-foot ends. The end a foreign key points at is "one" when every column of that
 * foreign key is NOT NULL, else "zero or one"; the holder's end is "many" (or "zero or one"
 * for a one-to-one). A many-to-many's ends are each "one" as seen from a link row.
 */
function endCounts(first: MappedRelationship, cardinality: Cardinality): { from: EndCount; to: EndCount } {
  switch (cardinality) {
    case 'many-to-many':
      return { from: 'one', to: 'one' };
    case 'many-to-one':
      return { from: 'many', to: first.join.some((pair) => pair.local.nullable) ? 'zero-or-one' : 'one' };
    case 'one-to-many':
    case 'one-to-one': {
      // The target holds the foreign key (drawn from the one side), or the owner does.
      const targetHolds = linkHolder(first) === 'target';
      const holderColumns = targetHolds ? first.join.map((pair) => pair.remote) : first.join.map((pair) => pair.local);
      const referenced: EndCount = holderColumns.some((column) => column.nullable) ? 'zero-or-one' : 'one';
      const holder: EndCount = cardinality === 'one-to-one' ? 'zero-or-one' : 'many';
      // A one-to-one may be drawn from either side: from the many-to-one side, `from` holds the foreign key.
      return targetHolds ? { from: referenced, to: holder } : { from: holder, to: referenced };
    }
  }
}

/** What a relationship does beyond the default: `viewonly`, and the cascades that delete rows. */
function notesOf(relationship: MappedRelationship): string[] {
  const notes: string[] = [];
  if (relationship.viewonly) notes.push('viewonly');
  if (relationship.cascade.delete) notes.push('delete');
  if (relationship.cascade.deleteOrphan) notes.push('delete-orphan');
  if (relationship.passiveDeletes === 'all') notes.push('passiveDeletes: all');
  else if (relationship.passiveDeletes) notes.push('passiveDeletes');
  return notes;
}

/**
 * The bookstore's demo data: deterministic, complete and consistent with the models, checked
 * against the mapping itself (its foreign keys, unique keys, column types and relationships).
 */
import { describe, expect, it } from 'vitest';
import Base from '../../../examples/bookstore/models.js';
import { generateDemoData, type DemoData, type DemoRow } from '../../../examples/bookstore/demoData.js';
import { configure, type MappedRelationship, type MappedTable, type TableColumn } from '../../../src/index.js';
import { integerRange } from '../../../src/declare/index.js';

const mapping = configure(Base);
const data = generateDemoData();

function rowsOf(demo: DemoData, table: string): readonly DemoRow[] {
  const found = demo.tables.find((t) => t.table === table);
  if (!found) throw new Error(`No demo rows for table "${table}".`);
  return found.rows;
}

/** The values of `columns` in `row`, as one comparable key; undefined when any is null. */
function keyOf(row: DemoRow, columns: readonly TableColumn[]): string | undefined {
  const values = columns.map((column) => row[column.name]);
  return values.some((value) => value === null || value === undefined) ? undefined : JSON.stringify(values);
}

function keysOf(rows: readonly DemoRow[], columns: readonly TableColumn[]): Set<string> {
  return new Set(rows.map((row) => keyOf(row, columns)).filter((key) => key !== undefined));
}

/** The owner rows (by primary key) that `relationship` links to at least one target row. */
function linkedOwners(relationship: MappedRelationship): Set<string> {
  const owner = relationship.owner.table;
  const ownerRows = rowsOf(data, owner.name);
  const local = relationship.join.map((pair) => pair.local);
  const remote = relationship.join.map((pair) => pair.remote);
  const reachable =
    relationship.direction === 'many-to-many' ? linkedThroughSecondary(relationship) : keysOf(rowsOf(data, remote[0]!.table.name), remote);
  return new Set(
    ownerRows
      .filter((row) => {
        const key = keyOf(row, local);
        return key !== undefined && reachable.has(key);
      })
      .map((row) => keyOf(row, owner.primaryKey)!),
  );
}

/** Many-to-many: owner keys found in secondary rows whose target end exists. */
function linkedThroughSecondary(relationship: MappedRelationship): Set<string> {
  const secondary = rowsOf(data, relationship.secondary!.name);
  const targets = keysOf(
    rowsOf(data, relationship.target.table.name),
    relationship.secondaryJoin.map((pair) => pair.target),
  );
  const secondaryTarget = relationship.secondaryJoin.map((pair) => pair.secondary);
  return keysOf(
    secondary.filter((row) => targets.has(keyOf(row, secondaryTarget)!)),
    relationship.join.map((pair) => pair.remote),
  );
}

function uniqueKeys(table: MappedTable): Array<readonly TableColumn[]> {
  return [
    table.primaryKey,
    ...table.columns.filter((column) => column.unique).map((column) => [column]),
    ...table.decl.constraints.flatMap((c) => (c.kind === 'uniqueConstraint' ? [c.columns.map((name) => table.column(name)!)] : [])),
  ].filter((columns) => columns.length > 0);
}

describe('examples: bookstore demo data', () => {
  it('gives the same rows for the same seed, and other rows for another seed', () => {
    expect(generateDemoData()).toEqual(data);
    expect(generateDemoData({ seed: 7 })).toEqual(generateDemoData({ seed: 7 }));
    expect(generateDemoData({ seed: 7 })).not.toEqual(data);
  });

  it('has dozens of rows for every table of the mapping, each table once', () => {
    expect(data.tables.map((t) => t.table).sort()).toEqual(mapping.tables.map((t) => t.name).sort());
    for (const { table, rows } of data.tables) expect(rows.length, table).toBeGreaterThanOrEqual(24);
  });

  it('gives every row exactly the columns of its table', () => {
    for (const { table, rows } of data.tables) {
      const names = mapping.table(table)!.columns.map((c) => c.name);
      for (const row of rows) expect(Object.keys(row), table).toEqual(names);
    }
  });

  it('lists every table after the tables it refers to, and every genre after its parent', () => {
    const position = new Map(data.tables.map((t, i) => [t.table, i]));
    for (const table of mapping.tables) {
      for (const fk of table.foreignKeys) {
        if (fk.targetTable === table) continue;
        expect(position.get(fk.targetTable.name)!, `${table.name} → ${fk.targetTable.name}`).toBeLessThan(position.get(table.name)!);
      }
    }
    const seen = new Set<unknown>();
    for (const genre of rowsOf(data, 'genre')) {
      if (genre.parent_id !== null) expect(seen.has(genre.parent_id), `genre ${String(genre.id)}`).toBe(true);
      seen.add(genre.id);
    }
  });

  it('refers only to rows that exist, through every foreign key', () => {
    for (const table of mapping.tables) {
      for (const fk of table.foreignKeys) {
        const targets = keysOf(rowsOf(data, fk.targetTable.name), fk.targets);
        const dangling = rowsOf(data, table.name).filter((row) => {
          const key = keyOf(row, fk.columns);
          return key !== undefined && !targets.has(key);
        });
        expect(dangling, `${table.name}(${fk.columns.map((c) => c.name).join(', ')}) → ${fk.targetTable.name}`).toEqual([]);
      }
    }
  });

  it('keeps primary keys, unique columns and unique constraints unique', () => {
    for (const table of mapping.tables) {
      const rows = rowsOf(data, table.name);
      for (const columns of uniqueKeys(table)) {
        const keys = rows.map((row) => keyOf(row, columns)).filter((key) => key !== undefined);
        expect(new Set(keys).size, `${table.name}(${columns.map((c) => c.name).join(', ')})`).toBe(keys.length);
      }
    }
  });

  it('fills NOT NULL columns and keeps values within their column types', () => {
    for (const table of mapping.tables) {
      for (const row of rowsOf(data, table.name)) {
        for (const column of table.columns) {
          const value = row[column.name];
          const where = `${table.name}.${column.name} = ${JSON.stringify(value)}`;
          if (value === null) {
            expect(column.nullable && !column.primaryKey, where).toBe(true);
            continue;
          }
          expect(fitsType(column, value), where).toBe(true);
        }
      }
    }
  });

  it('links rows through every relationship of every model', () => {
    for (const model of mapping.models) {
      for (const relationship of model.relationships) {
        expect(linkedOwners(relationship).size, `${model.name}.${relationship.name}`).toBeGreaterThan(0);
      }
    }
  });

  it('gives every publisher books, every book authors, genres and a detail, every order lines', () => {
    const everyRow = [
      'Publisher.books',
      'Book.publisher',
      'Book.detail',
      'Book.genres',
      'Book.bookAuthors',
      'BookDetail.book',
      'Author.bookAuthors',
      'Author.books',
      'BookAuthor.book',
      'BookAuthor.author',
      'Genre.books',
      'Customer.orders',
      'Order.customer',
      'Order.lines',
      'OrderLine.order',
      'OrderLine.book',
      'Review.book',
      'Review.customer',
    ];
    for (const name of everyRow) {
      const [modelName, attribute] = name.split('.') as [string, string];
      const relationship = mapping.model(modelName)!.relationships.find((r) => r.name === attribute)!;
      expect(linkedOwners(relationship).size, name).toBe(rowsOf(data, relationship.owner.table.name).length);
    }
  });

  it('nests genres three levels deep', () => {
    const genres = rowsOf(data, 'genre');
    const depth = (id: unknown): number => {
      const genre = genres.find((g) => g.id === id)!;
      return genre.parent_id === null ? 1 : 1 + depth(genre.parent_id);
    };
    expect(Math.max(...genres.map((g) => depth(g.id)))).toBe(3);
  });

  it('totals each order from its lines, and numbers its lines from 1', () => {
    const lines = rowsOf(data, 'order_line');
    for (const order of rowsOf(data, 'customer_order')) {
      const mine = lines.filter((line) => line.order_id === order.id);
      const total = mine.reduce((sum, line) => sum + Math.round(Number(line.unit_price) * 100) * (line.quantity as number), 0);
      expect(Math.round(Number(order.total) * 100), `order ${String(order.id)}`).toBe(total);
      expect(mine.map((line) => line.position)).toEqual(mine.map((_, i) => i + 1));
    }
  });

  it('dates events between 2019 and mid-2026', () => {
    const dates = data.tables.flatMap(({ table, rows }) =>
      table === 'author'
        ? []
        : rows.flatMap((row) =>
            Object.values(row).filter(
              (value): value is Date | string => value instanceof Date || (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)),
            ),
          ),
    );
    expect(dates.length).toBeGreaterThan(500);
    for (const value of dates) {
      const day = value instanceof Date ? value.toISOString().slice(0, 10) : value;
      expect(day >= '2019-01-01' && day <= '2026-06-30', day).toBe(true);
    }
  });

  it('writes valid ISBN-13 check digits', () => {
    for (const book of rowsOf(data, 'book')) {
      const digits = [...(book.isbn as string)].map(Number);
      expect(digits.reduce((sum, d, i) => sum + d * (i % 2 === 0 ? 1 : 3), 0) % 10, book.isbn as string).toBe(0);
    }
  });
});

/** Whether a non-null value is what relgraph holds for a column of this type. */
function fitsType(column: TableColumn, value: unknown): boolean {
  const { type } = column;
  switch (type.kind) {
    case 'integer':
      return Number.isSafeInteger(value) && Math.abs(value as number) < 2 ** 31;
    case 'bigInteger':
      return typeof value === 'string' && /^-?\d+$/.test(value) && BigInt(value) < 2n ** 63n;
    case 'string':
      return typeof value === 'string' && [...value].length <= (type.length ?? Infinity);
    case 'text':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'float':
      return typeof value === 'number' && Number.isFinite(value);
    case 'numeric': {
      const scale = type.scale ?? 0;
      const integerDigits = (type.precision ?? 10) - scale;
      return typeof value === 'string' && new RegExp(`^-?\\d{1,${integerDigits}}(\\.\\d{1,${scale}})?$`).test(value);
    }
    case 'dateTime':
      return value instanceof Date && !Number.isNaN(value.getTime());
    case 'date':
      return (
        typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
      );
    case 'json':
      return JSON.parse(JSON.stringify(value)) !== undefined;
    case 'enum':
      return typeof value === 'string' && (type.values ?? []).includes(value);
    case 'smallInteger':
    case 'tinyInteger':
    case 'year': {
      const range = integerRange(type)!;
      return Number.isSafeInteger(value) && (value as number) >= range.min && (value as number) <= range.max;
    }
    case 'time':
      return typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/.test(value);
    case 'set':
      return Array.isArray(value) && value.every((member) => (type.values ?? []).includes(member));
    case 'largeBinary':
      return Buffer.isBuffer(value);
  }
}

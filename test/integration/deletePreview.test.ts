/**
 * Delete preview (issue 16): `previewDeleteM(key)` answers what `deleteM(key)` would do — the
 * rows it would delete, set to NULL, unlink, or leave to the database's ON DELETE — from the
 * flush the delete would run (`Session.previewFlush`), and writes nothing.
 *
 * - Examples over the test's own models (the seed's names, one family per kind of delete:
 *   cascade, delete-orphan, no cascade, passiveDeletes, a secondary, an association object, a
 *   foreign key no relationship covers), each asked of both executors, which must answer the
 *   same JSON.
 * - Every row of those models, one after the other: the preview over GraphQL, then the delete
 *   over GraphQL, and the tables afterwards must be the tables before with exactly what the
 *   preview listed applied — or, when the preview says the database refuses, the delete fails
 *   with CONSTRAINT_VIOLATION and changes nothing.
 * - The same property through the Session API, over random rows of the bookstore's demo data and
 *   of every seed pattern (fast-check), each run in a transaction rolled back afterwards.
 */
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import Bookstore from '../../examples/bookstore/models.js';
import { insertDemoData } from '../../examples/bookstore/demoData.js';
import {
  Column,
  ForeignKey,
  Integer,
  String as Str,
  Table,
  associationProxy,
  declarativeBase,
  relationship,
  type DeclarativeBase,
} from '../../src/declare/index.js';
import { createAll } from '../../src/dialect/createAll.js';
import type { Dialect } from '../../src/dialect/Dialect.js';
import type { Executor } from '../../src/dialect/Driver.js';
import { defaultInflection } from '../../src/inflect/inflection.js';
import type { MappedModel, MappedTable, Mapping } from '../../src/mapper/index.js';
import { configure } from '../../src/session/configure.js';
import { definePolicy } from '../../src/policy/index.js';
import { Session, type FlushPreview } from '../../src/session/index.js';
import { col, select } from '../../src/sql/build.js';
import { topoSort } from '../../src/util/topoSort.js';
import { createTestDriver, DIALECTS, insertRows, type TestDriver } from '../support/index.js';
import { openApis, type Apis } from './twoExecutors.js';

const Base = declarativeBase();
const parentTag = Table(
  'parent_tag',
  Base.metadata,
  Column('parent_id', Integer, ForeignKey('parent.id'), { primaryKey: true }),
  Column('tag_id', Integer, ForeignKey('tag.id'), { primaryKey: true }),
);
Base.model('Parent', {
  tableName: 'parent',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(20)),
  // delete cascade: loaded and deleted, with what their own cascades reach
  children: relationship('Child', { backPopulates: 'parent', cascade: 'all, delete-orphan' }),
  // no cascade: set to NULL (R6.4)
  pets: relationship('Pet', { backPopulates: 'owner' }),
  // passiveDeletes: left to the database's ON DELETE CASCADE
  notes: relationship('Note', { cascade: 'all, delete-orphan', passiveDeletes: true }),
  // a secondary: its rows go (R5.2)
  tags: relationship('Tag', { secondary: parentTag, backPopulates: 'parents' }),
});
Base.model('Child', {
  tableName: 'child',
  id: Column(Integer, { primaryKey: true }),
  parent_id: Column(Integer, ForeignKey('parent.id'), { nullable: false }),
  parent: relationship('Parent', { backPopulates: 'children' }),
  toys: relationship('Toy', { cascade: 'all, delete-orphan' }),
});
Base.model('Toy', {
  tableName: 'toy',
  id: Column(Integer, { primaryKey: true }),
  child_id: Column(Integer, ForeignKey('child.id'), { nullable: false }),
});
Base.model('Pet', {
  tableName: 'pet',
  id: Column(Integer, { primaryKey: true }),
  parent_id: Column(Integer, ForeignKey('parent.id')),
  owner: relationship('Parent', { backPopulates: 'pets' }),
});
Base.model('Note', {
  tableName: 'note',
  id: Column(Integer, { primaryKey: true }),
  parent_id: Column(Integer, ForeignKey('parent.id', { onDelete: 'CASCADE' }), { nullable: false }),
});
// No relationship of Parent covers this foreign key: the database's SET NULL does it.
Base.model('Sticker', {
  tableName: 'sticker',
  id: Column(Integer, { primaryKey: true }),
  parent_id: Column(Integer, ForeignKey('parent.id', { onDelete: 'SET NULL' })),
});
Base.model('Tag', {
  tableName: 'tag',
  id: Column(Integer, { primaryKey: true }),
  parents: relationship('Parent', { secondary: parentTag, backPopulates: 'tags' }),
});
// No cascade over a NOT NULL key: the clearing is refused (R6.4).
Base.model('Team', {
  tableName: 'team',
  id: Column(Integer, { primaryKey: true }),
  members: relationship('Member'),
});
Base.model('Member', {
  tableName: 'member',
  id: Column(Integer, { primaryKey: true }),
  team_id: Column(Integer, ForeignKey('team.id'), { nullable: false }),
});
// The association object: deleting a Left deletes its associations; deleting a Right would blank a key (R6.10).
Base.model('Left', {
  tableName: 'left',
  id: Column(Integer, { primaryKey: true }),
  rightAssociations: relationship('Association', { backPopulates: 'left', cascade: 'all, delete-orphan' }),
  rights: associationProxy('rightAssociations', 'right'),
});
Base.model('Association', {
  tableName: 'association',
  left_id: Column(Integer, ForeignKey('left.id'), { primaryKey: true }),
  right_id: Column(Integer, ForeignKey('right.id'), { primaryKey: true }),
  extra: Column(Str(20)),
  left: relationship('Left', { backPopulates: 'rightAssociations' }),
  right: relationship('Right', { backPopulates: 'leftAssociations' }),
});
Base.model('Right', {
  tableName: 'right',
  id: Column(Integer, { primaryKey: true }),
  leftAssociations: relationship('Association', { backPopulates: 'right' }),
});

/** The fixture, referenced tables first. */
const fixture: ReadonlyArray<readonly [string, ReadonlyArray<Record<string, unknown>>]> = [
  [
    'parent',
    [
      { id: 1, name: 'Ann' },
      { id: 2, name: 'Bea' },
      { id: 3, name: 'Cy' },
    ],
  ],
  [
    'child',
    [
      { id: 1, parent_id: 1 },
      { id: 2, parent_id: 1 },
      { id: 3, parent_id: 2 },
    ],
  ],
  [
    'toy',
    [
      { id: 1, child_id: 1 },
      { id: 2, child_id: 1 },
      { id: 3, child_id: 3 },
    ],
  ],
  [
    'pet',
    [
      { id: 1, parent_id: 1 },
      { id: 2, parent_id: 2 },
      { id: 3, parent_id: null },
    ],
  ],
  [
    'note',
    [
      { id: 1, parent_id: 1 },
      { id: 2, parent_id: 1 },
      { id: 3, parent_id: 3 },
    ],
  ],
  [
    'sticker',
    [
      { id: 1, parent_id: 1 },
      { id: 2, parent_id: 2 },
    ],
  ],
  ['tag', [{ id: 1 }, { id: 2 }, { id: 3 }]],
  [
    'parent_tag',
    [
      { parent_id: 1, tag_id: 1 },
      { parent_id: 1, tag_id: 2 },
      { parent_id: 2, tag_id: 1 },
    ],
  ],
  ['team', [{ id: 1 }, { id: 2 }]],
  [
    'member',
    [
      { id: 1, team_id: 1 },
      { id: 2, team_id: 1 },
    ],
  ],
  ['left', [{ id: 1 }, { id: 2 }]],
  ['right', [{ id: 1 }, { id: 2 }, { id: 3 }]],
  [
    'association',
    [
      { left_id: 1, right_id: 1, extra: 'a' },
      { left_id: 1, right_id: 2, extra: 'b' },
      { left_id: 2, right_id: 1, extra: 'c' },
    ],
  ],
];

const PREVIEW = `
  refused
  deleted { model relationship fields onDelete refuses count keys }
  nulled { model relationship fields onDelete refuses count keys }
  unlinked { model relationship fields onDelete refuses count keys }
  handledByDatabase { model relationship fields onDelete refuses count keys }`;

/** A list of `DeletePreview`, with only the fields that say something (the rest is checked by the property). */
interface PreviewRows {
  readonly model: string | null;
  readonly relationship: string | null;
  readonly fields: string[];
  readonly onDelete: string | null;
  readonly refuses: boolean;
  readonly count: number;
  readonly keys: Array<Record<string, unknown>>;
}
interface Preview {
  readonly refused: boolean;
  readonly deleted: PreviewRows[];
  readonly nulled: PreviewRows[];
  readonly unlinked: PreviewRows[];
  readonly handledByDatabase: PreviewRows[];
}

/** `{ model, relationship, count, keys }` and the defaults of the other fields. */
const rows = (
  model: string | null,
  relationship: string | null,
  keys: Array<Record<string, unknown>>,
  more: Partial<PreviewRows> = {},
): PreviewRows => ({
  model,
  relationship,
  fields: [],
  onDelete: null,
  refuses: false,
  count: keys.length,
  keys,
  ...more,
});

/** Every table's rows, each as sorted JSON: equal snapshots, equal tables. */
type Snapshot = Record<string, string[]>;

async function snapshot(executor: Executor, dialect: Dialect, mapping: Mapping): Promise<Snapshot> {
  const result: Snapshot = {};
  for (const table of mapping.tables) result[table.name] = (await tableRows(executor, dialect, table)).map(rowJson).sort();
  return result;
}

async function tableRows(executor: Executor, dialect: Dialect, table: MappedTable): Promise<Array<Record<string, unknown>>> {
  const statement = select(
    { table: table.name, alias: table.name },
    table.columns.map((column) => ({ expr: col(table.name, column.name), alias: column.name })),
  );
  return (await executor.execute(dialect.render(statement))).rows.map((row) => ({ ...row }));
}

function rowJson(row: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(row)
      .sort()
      .map((name) => [name, row[name] instanceof Date ? (row[name] as Date).toISOString() : row[name]]),
  );
}

/** What a row looks like to the expectation: a table's rows, and how to find one by a key. */
type Tables = Map<string, Array<Record<string, unknown>>>;

/** Rows of `table` whose `columns` hold `values` (compared as text: the driver's and the preview's forms of a number). */
const matching = (tables: Tables, table: string, columns: readonly string[], values: readonly unknown[]) =>
  (tables.get(table) ?? []).filter((row) => columns.every((column, i) => String(row[column]) === String(values[i])));

function removeRows(tables: Tables, table: string, columns: readonly string[], values: readonly unknown[]): void {
  const gone = new Set(matching(tables, table, columns, values));
  expect(gone.size, `a row of ${table} with ${JSON.stringify(values)} exists`).toBeGreaterThan(0);
  tables.set(
    table,
    tables.get(table)!.filter((row) => !gone.has(row)),
  );
}

function nullRows(tables: Tables, table: string, columns: readonly string[], values: readonly unknown[], nulled: readonly string[]): void {
  const found = matching(tables, table, columns, values);
  expect(found.length, `a row of ${table} with ${JSON.stringify(values)} exists`).toBeGreaterThan(0);
  for (const row of found) for (const column of nulled) row[column] = null;
}

function tablesOf(snapshotted: Record<string, Array<Record<string, unknown>>>): Tables {
  return new Map(Object.entries(snapshotted).map(([table, list]) => [table, list.map((row) => ({ ...row }))]));
}

function asSnapshot(tables: Tables): Snapshot {
  return Object.fromEntries([...tables].map(([table, list]) => [table, list.map(rowJson).sort()]));
}

async function readTables(executor: Executor, dialect: Dialect, mapping: Mapping): Promise<Record<string, Array<Record<string, unknown>>>> {
  const result: Record<string, Array<Record<string, unknown>>> = {};
  for (const table of mapping.tables) result[table.name] = await tableRows(executor, dialect, table);
  return result;
}

/** The tables as the GraphQL preview says the delete leaves them. */
function expectedFromGraphQL(before: Record<string, Array<Record<string, unknown>>>, preview: Preview, mapping: Mapping): Snapshot {
  const tables = tablesOf(before);
  /** The table of an entry and its columns by GraphQL field name. */
  const tableOf = (entry: PreviewRows): MappedTable => {
    if (entry.model) return mapping.model(entry.model)!.table;
    const [owner, name] = entry.relationship!.split('.');
    const relationship = mapping.model(owner!)!.relationships.find((r) => defaultInflection.fieldName(r.name) === name)!;
    return relationship.secondary!;
  };
  const columnOf = (table: MappedTable, field: string) =>
    table.columns.find((column) => defaultInflection.fieldName(column.attribute) === field)!.name;
  const apply = (entry: PreviewRows, action: 'remove' | 'null') => {
    const table = tableOf(entry);
    for (const key of entry.keys) {
      const columns = Object.keys(key).map((field) => columnOf(table, field));
      if (action === 'remove') removeRows(tables, table.name, columns, Object.values(key));
      else
        nullRows(
          tables,
          table.name,
          columns,
          Object.values(key),
          entry.fields.map((field) => columnOf(table, field)),
        );
    }
  };
  for (const entry of [...preview.deleted, ...preview.unlinked]) apply(entry, 'remove');
  for (const entry of preview.nulled) apply(entry, 'null');
  for (const entry of preview.handledByDatabase) {
    expect(['CASCADE', 'SET_NULL'], `${JSON.stringify(entry)} is a rule that lets the delete through`).toContain(entry.onDelete);
    apply(entry, entry.onDelete === 'CASCADE' ? 'remove' : 'null');
  }
  return asSnapshot(tables);
}

/** The tables as the Session's preview says the flush leaves them. */
function expectedFromSession(before: Record<string, Array<Record<string, unknown>>>, preview: FlushPreview): Snapshot {
  const tables = tablesOf(before);
  for (const write of preview.writes) {
    const { table, keyColumns, key } = write.row;
    const columns = keyColumns.map((column) => column.name);
    if (write.kind === 'delete' || write.kind === 'linkDelete') removeRows(tables, table.name, columns, key);
    else if (write.kind === 'nullify')
      nullRows(
        tables,
        table.name,
        columns,
        key,
        write.columns.map((column) => column.name),
      );
    else throw new Error(`A delete's preview holds a ${write.kind}.`);
  }
  for (const action of preview.handledByDatabase) {
    const { table, keyColumns, key } = action.row;
    const columns = keyColumns.map((column) => column.name);
    if (action.onDelete === 'CASCADE') removeRows(tables, table.name, columns, key);
    else if (action.onDelete === 'SET NULL')
      nullRows(
        tables,
        table.name,
        columns,
        key,
        action.foreignKey.columns.map((column) => column.name),
      );
    else
      throw new Error(
        `${table.name} ${JSON.stringify(key)}: rule ${action.onDelete ?? 'NO ACTION'} refuses, but the preview says it does not.`,
      );
  }
  return asSnapshot(tables);
}

async function fillFixture(driver: TestDriver): Promise<void> {
  for (const [table] of [...fixture].reverse())
    await driver.execute(driver.dialect.render({ kind: 'delete', table, where: { kind: 'literal', value: true } }));
  for (const [table, tableRows] of fixture) await insertRows(driver, table, tableRows);
}

const dml = (apis: Apis) => apis.log.statements.filter((e) => ['insert', 'update', 'delete'].includes(e.kind));

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: delete preview`, () => {
    let apis: Apis;
    beforeAll(async () => {
      apis = await openApis(dialect, Base);
    });
    afterAll(() => apis?.drop());
    beforeEach(async () => {
      await fillFixture(apis.driver);
      apis.log.clear();
    });
    const preview = async (field: string, args: string): Promise<Preview> =>
      (await apis.data<Record<string, Preview>>(`mutation { ${field}(${args}) { ${PREVIEW} } }`))[field]!;

    it('lists what deleting a row would delete, set to NULL, unlink and leave to the database', async () => {
      expect(await preview('previewDeleteParent', 'id: 1')).toEqual({
        refused: false,
        deleted: [
          rows('Parent', null, [{ id: 1 }]),
          rows('Child', 'Parent.children', [{ id: 1 }, { id: 2 }]),
          rows('Toy', 'Child.toys', [{ id: 1 }, { id: 2 }]),
        ],
        nulled: [rows('Pet', 'Parent.pets', [{ id: 1 }], { fields: ['parentId'] })],
        unlinked: [
          rows(null, 'Parent.tags', [
            { parentId: 1, tagId: 1 },
            { parentId: 1, tagId: 2 },
          ]),
        ],
        handledByDatabase: [
          rows('Note', 'Parent.notes', [{ id: 1 }, { id: 2 }], { fields: ['parentId'], onDelete: 'CASCADE' }),
          rows('Sticker', null, [{ id: 1 }], { fields: ['parentId'], onDelete: 'SET_NULL' }),
        ],
      } satisfies Preview);
    });

    it('writes nothing: no INSERT, UPDATE or DELETE, and every table as it was', async () => {
      const before = await snapshot(apis.driver, apis.driver.dialect, apis.mapping);
      apis.log.clear();
      await preview('previewDeleteParent', 'id: 1');
      await preview('previewDeleteLeft', 'id: 1');
      expect(dml(apis)).toEqual([]);
      expect(apis.log.selects.length).toBeGreaterThan(0);
      expect(await snapshot(apis.driver, apis.driver.dialect, apis.mapping)).toEqual(before);
    });

    it('is what the delete then does', async () => {
      const before = await readTables(apis.driver, apis.driver.dialect, apis.mapping);
      const said = await preview('previewDeleteParent', 'id: 1');
      const { answer } = await apis.send('plan', 'mutation { deleteParent(id: 1) { id } }');
      expect(answer.errors).toBeUndefined();
      expect(await snapshot(apis.driver, apis.driver.dialect, apis.mapping)).toEqual(expectedFromGraphQL(before, said, apis.mapping));
    });

    it('says when the database would refuse the delete, which then fails with CONSTRAINT_VIOLATION', async () => {
      expect(await preview('previewDeleteTeam', 'id: 1')).toEqual({
        refused: true,
        deleted: [rows('Team', null, [{ id: 1 }])],
        nulled: [rows('Member', 'Team.members', [{ id: 1 }, { id: 2 }], { fields: ['teamId'], refuses: true })],
        unlinked: [],
        handledByDatabase: [],
      } satisfies Preview);
      // An association object's foreign key is its primary key: it cannot be blanked (R6.10).
      expect((await preview('previewDeleteRight', 'id: 1')).nulled).toEqual([
        rows(
          'Association',
          'Right.leftAssociations',
          [
            { leftId: 1, rightId: 1 },
            { leftId: 2, rightId: 1 },
          ],
          { fields: ['rightId'], refuses: true },
        ),
      ]);
      // Nothing references team 2: its delete goes through.
      expect((await preview('previewDeleteTeam', 'id: 2')).refused).toBe(false);
      const before = await snapshot(apis.driver, apis.driver.dialect, apis.mapping);
      const { answer } = await apis.send('plan', 'mutation { deleteTeam(id: 1) { id } }');
      expect(answer.errors?.[0]?.extensions?.code).toBe('CONSTRAINT_VIOLATION');
      expect(await snapshot(apis.driver, apis.driver.dialect, apis.mapping)).toEqual(before);
    });

    it('takes a composite key, as the delete does', async () => {
      expect(await preview('previewDeleteAssociation', 'leftId: 1, rightId: 2')).toEqual({
        refused: false,
        deleted: [rows('Association', null, [{ leftId: 1, rightId: 2 }])],
        nulled: [],
        unlinked: [],
        handledByDatabase: [],
      } satisfies Preview);
      expect((await preview('previewDeleteLeft', 'id: 1')).deleted).toEqual([
        rows('Left', null, [{ id: 1 }]),
        rows('Association', 'Left.rightAssociations', [
          { leftId: 1, rightId: 1 },
          { leftId: 1, rightId: 2 },
        ]),
      ]);
    });

    it('answers NOT_FOUND for a row that does not exist, as the delete does', async () => {
      const { answer } = await apis.ask('mutation { previewDeleteParent(id: 99) { refused } }');
      expect(answer.data).toBeNull();
      expect(answer.errors?.[0]).toMatchObject({
        message: 'Parent with id 99 was not found.',
        path: ['previewDeleteParent'],
        extensions: { code: 'NOT_FOUND' },
      });
    });

    it("runs in the operation's transaction, after the fields before it, and marks nothing for them", async () => {
      const { answer } = await apis.send<Record<string, any>>(
        'plan',
        `mutation {
        gone: deleteChild(id: 1) { id }
        preview: previewDeleteParent(id: 1) { deleted { model count keys } }
        after: updateParent(id: 1, input: { name: "Ann" }) { id children { id } }
      }`,
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.preview.deleted).toEqual([
        { model: 'Parent', count: 1, keys: [{ id: 1 }] },
        { model: 'Child', count: 1, keys: [{ id: 2 }] },
      ]);
      // The preview deleted nothing: the parent and its other child are still there.
      expect(answer.data!.after).toEqual({ id: 1, children: [{ id: 2 }] });
    });

    it('for every row of every model, lists exactly what the delete then changes', async () => {
      const mapping = apis.mapping;
      for (const [table, tableRows] of fixture) {
        const model = mapping.table(table)!.model;
        if (!model) continue;
        for (const row of tableRows) {
          await fillFixture(apis.driver);
          const args = model.primaryKey
            .map((column) => `${defaultInflection.fieldName(column.attribute)}: ${JSON.stringify(row[column.name])}`)
            .join(', ');
          const before = await readTables(apis.driver, apis.driver.dialect, mapping);
          apis.log.clear();
          const said = await preview(defaultInflection.deletePreviewMutation(model), args);
          expect(dml(apis), `${model.name}(${args}): the preview writes nothing`).toEqual([]);
          const { answer } = await apis.send('plan', `mutation { ${defaultInflection.deleteMutation(model)}(${args}) { __typename } }`);
          const after = await snapshot(apis.driver, apis.driver.dialect, mapping);
          if (said.refused) {
            expect(answer.errors?.[0]?.extensions?.code, `${model.name}(${args}) is refused, as its preview says`).toBe(
              'CONSTRAINT_VIOLATION',
            );
            expect(after).toEqual(asSnapshot(tablesOf(before)));
          } else {
            expect(answer.errors, `${model.name}(${args}) goes through, as its preview says`).toBeUndefined();
            expect(after, `${model.name}(${args}): ${JSON.stringify(said)}`).toEqual(expectedFromGraphQL(before, said, mapping));
          }
        }
      }
    });
  });

  describe(`${dialect.name}: delete preview under a policy`, () => {
    interface Viewer {
      readonly role: 'admin' | 'deleter' | 'reader';
    }
    const policy = definePolicy<Viewer>({
      Parent: { read: true, delete: (v) => v.role !== 'reader' },
      // A deleter may not read child 2.
      Child: { read: (v) => v.role === 'admin' || { id: { ne: 2 } } },
      Toy: { read: true },
      Pet: { read: true },
      Note: { read: true },
      Sticker: { read: true },
      Tag: { read: true },
      Team: { read: true, delete: true },
      Member: { read: true, fields: { id: (v) => v.role === 'admin' } },
    });
    let apis: Apis;
    const as = async (role: Viewer['role'], query: string) =>
      (await apis.ask<Record<string, Preview>>(query, undefined, { 'x-role': role })).answer;
    beforeAll(async () => {
      apis = await openApis(dialect, Base, { policy, viewer: ({ request }) => ({ role: request.headers.get('x-role') ?? 'reader' }) });
    });
    afterAll(() => apis?.drop());
    beforeEach(async () => {
      await fillFixture(apis.driver);
      apis.log.clear();
    });

    it('needs the permission to delete the row', async () => {
      const answer = await as('reader', 'mutation { previewDeleteParent(id: 1) { refused } }');
      expect(answer.errors?.[0]).toMatchObject({ message: 'You may not delete this Parent.', extensions: { code: 'FORBIDDEN' } });
    });

    it('refuses to show rows the viewer may not read, or a field it may not see', async () => {
      const hidden = await as('deleter', 'mutation { previewDeleteParent(id: 1) { refused } }');
      expect(hidden.errors?.[0]).toMatchObject({
        message: 'You may not preview this delete: it reaches Child rows that you may not read.',
        extensions: { code: 'FORBIDDEN' },
      });
      const field = await as('deleter', 'mutation { previewDeleteTeam(id: 1) { refused } }');
      expect(field.errors?.[0]).toMatchObject({
        message: 'You may not preview this delete: it reaches Member.id that you may not read.',
        extensions: { code: 'FORBIDDEN' },
      });
      // A parent whose rows the deleter may all read.
      const allowed = await as('deleter', `mutation { previewDeleteParent(id: 2) { ${PREVIEW} } }`);
      expect(allowed.data!.previewDeleteParent!.deleted).toEqual([
        rows('Parent', null, [{ id: 2 }]),
        rows('Child', 'Parent.children', [{ id: 3 }]),
        rows('Toy', 'Child.toys', [{ id: 3 }]),
      ]);
      expect(dml(apis)).toEqual([]);
    });

    it('shows everything to a viewer who may read every row it lists', async () => {
      const answer = await as('admin', `mutation { previewDeleteParent(id: 1) { ${PREVIEW} } }`);
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.previewDeleteParent!.deleted.map((entry) => [entry.model, entry.count])).toEqual([
        ['Parent', 1],
        ['Child', 2],
        ['Toy', 2],
      ]);
    });
  });
}

/** The seed patterns and the bookstore, for the property through the Session API. */
const seedDir = new URL('../../examples/seed/', import.meta.url);
const seedNames = readdirSync(seedDir)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -3))
  .sort();
const RUNS = Number(process.env.DELETE_PREVIEW_RUNS ?? 20);
const SEED = Number(process.env.DELETE_PREVIEW_SEED ?? 16);

/** Three rows a table, keys 1 and 2 linked to 1 and 2, links (1,1), (1,2), (2,1); referenced tables first. */
function seedFixture(mapping: Mapping): Array<[string, Array<Record<string, unknown>>]> {
  const edges = mapping.tables.flatMap((table) =>
    table.foreignKeys.filter((fk) => fk.targetTable !== table).map((fk) => [fk.targetTable.name, table.name] as const),
  );
  const { sorted } = topoSort(
    mapping.tables.map((table) => table.name),
    edges,
  );
  return sorted.map((name) => {
    const table = mapping.table(name)!;
    const links = table.primaryKey.length !== 1;
    const pairs = links
      ? [
          [1, 1],
          [1, 2],
          [2, 1],
        ]
      : [[1], [2], [3]];
    return [
      name,
      pairs.map((ids) =>
        Object.fromEntries(
          table.columns.map((column) => {
            if (column.foreignKeys.length > 0) {
              const position = table.foreignKeys.findIndex((fk) => fk.columns.includes(column));
              return [column.name, links ? ids[position] : ids[0] === 3 ? null : ids[0]];
            }
            if (column.primaryKey) return [column.name, ids[0]];
            return [column.name, `${column.name} ${ids.join('/')}`];
          }),
        ),
      ),
    ];
  });
}

/** Raised to roll a run's transaction back once its tables are read. */
class RolledBack extends Error {}

/**
 * Previews the delete of one row in a session, then deletes it in another, in one transaction
 * rolled back afterwards: the preview wrote nothing, and the delete changed what the preview
 * listed and nothing else — or failed on a constraint, as the preview said it would.
 */
async function previewThenDelete(driver: TestDriver, mapping: Mapping, model: MappedModel, key: unknown[]): Promise<void> {
  let outcome:
    | { before: Record<string, Array<Record<string, unknown>>>; preview: FlushPreview; after?: Snapshot; error?: unknown }
    | undefined;
  try {
    await driver.transaction(async (tx) => {
      const { dialect } = driver;
      const before = await readTables(tx, dialect, mapping);
      let writes = 0;
      const counted: Executor = {
        execute: (query) => {
          if (['insert', 'update', 'delete'].includes(query.kind)) writes++;
          return tx.execute(query);
        },
      };
      const previewing = new Session({ mapping, executor: counted, dialect });
      const preview = await previewing.previewFlush({ delete: [(await previewing.get(model, key))!] });
      expect(writes, 'the preview writes nothing').toBe(0);
      expect(await snapshot(tx, dialect, mapping)).toEqual(asSnapshot(tablesOf(before)));
      const deleting = new Session({ mapping, executor: tx, dialect });
      deleting.delete((await deleting.get(model, key))!);
      try {
        await deleting.flush();
      } catch (error) {
        outcome = { before, preview, error };
        throw new RolledBack();
      }
      outcome = { before, preview, after: await snapshot(tx, dialect, mapping) };
      throw new RolledBack();
    });
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
  }
  const { before, preview, after, error } = outcome!;
  const label = `${model.name}(${key.join(', ')})`;
  if (error !== undefined) {
    expect(preview.refused, `${label} failed (${String(error)}); its preview says it would not`).toBe(true);
    expect(['foreign-key-violation', 'not-null-violation']).toContain(driver.dialect.classifyError(error).kind);
    return;
  }
  expect(preview.refused, `${label} went through; its preview says the database would refuse it`).toBe(false);
  expect(after, label).toEqual(expectedFromSession(before, preview));
}

interface Pattern {
  readonly name: string;
  readonly mapping: Mapping;
  fill(driver: TestDriver): Promise<void>;
}

const patterns = async (): Promise<Pattern[]> => {
  const found: Pattern[] = [
    {
      name: 'bookstore',
      mapping: configure(Bookstore),
      fill: (driver) => insertDemoData(configure(Bookstore), driver).then(() => undefined),
    },
  ];
  for (const name of seedNames) {
    const { default: seed } = (await import(new URL(`${name}.ts`, seedDir).href)) as { default: DeclarativeBase };
    const mapping = configure(seed);
    found.push({
      name,
      mapping,
      fill: async (driver) => {
        for (const [table, tableRows] of seedFixture(mapping)) await insertRows(driver, table, tableRows);
      },
    });
  }
  return found;
};

/** Any row of the tables: a model first, each as likely as the others, then one of its rows. */
async function anyRow(driver: TestDriver, mapping: Mapping): Promise<fc.Arbitrary<readonly [MappedModel, unknown[]]>> {
  const choices: Array<fc.Arbitrary<readonly [MappedModel, unknown[]]>> = [];
  for (const model of mapping.models) {
    const keys = (await tableRows(driver, driver.dialect, model.table)).map((row) => model.primaryKey.map((column) => row[column.name]));
    if (keys.length > 0) choices.push(fc.constantFrom(...keys).map((key) => [model, key] as const));
  }
  return fc.oneof(...choices);
}

const allPatterns = await patterns();

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: a preview and the delete agree, on any row of the bookstore and the seed patterns`, () => {
    for (const pattern of allPatterns) {
      it(pattern.name, async () => {
        const driver = await createTestDriver(dialect);
        try {
          await createAll(pattern.mapping, driver);
          await pattern.fill(driver);
          await fc.assert(
            fc.asyncProperty(await anyRow(driver, pattern.mapping), async ([model, key]) => {
              await previewThenDelete(driver, pattern.mapping, model, key);
            }),
            { numRuns: RUNS, seed: SEED },
          );
        } finally {
          await driver.drop();
        }
      });
    }
  });
}

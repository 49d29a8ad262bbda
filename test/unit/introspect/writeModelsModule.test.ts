/** The text `relgraph introspect` writes: the declarations as a person would write them, and nothing a loader trips on. */
import { afterAll, describe, expect, it } from 'vitest';
import { buildSchema, configure } from '../../../src/index.js';
import { inferModels } from '../../../src/introspect/inferModels.js';
import { quote, writeModelsModule } from '../../../src/introspect/writeModelsModule.js';
import { associationObject, awkwardNames, catalog, column, columnTypes, fk, id, plainLink, table, viewAndNoKey } from './catalogs.js';
import { loadModule, removeModules } from './loadModule.js';

afterAll(removeModules);

describe('introspect: writeModelsModule', () => {
  it("writes the seed's association object as the seed's association-proxy example declares it", () => {
    expect(writeModelsModule(inferModels(associationObject))).toBe(`/**
 * Models written by \`relgraph introspect\` from the database's catalog. Relationship names are
 * inferred from the foreign keys: rename them freely, together with the backPopulates that names
 * them.
 */

import {
  Column, ForeignKey, Integer, String, associationProxy, declarativeBase, relationship,
} from 'relgraph';

const Base = declarativeBase();

/** Association object: a link with columns of its own, reached from both ends. */
export const Association = Base.model('Association', {
  tableName: 'association',
  left_id: Column(Integer, ForeignKey('left.id'), { primaryKey: true }),
  right_id: Column(Integer, ForeignKey('right.id'), { primaryKey: true }),
  extra_data: Column(String(50)),
  left: relationship('Left', { backPopulates: 'associations' }),
  right: relationship('Right', { backPopulates: 'associations' }),
});

export const Left = Base.model('Left', {
  tableName: 'left',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
  associations: relationship('Association', { backPopulates: 'left', cascade: 'all, delete-orphan' }),
  rights: associationProxy('associations', 'right'),
});

export const Right = Base.model('Right', {
  tableName: 'right',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
  associations: relationship('Association', { backPopulates: 'right', cascade: 'all, delete-orphan' }),
  lefts: associationProxy('associations', 'left'),
});

export default Base;
`);
  });

  it('declares a link table before the models, and says in the opening comment what it left out and why', () => {
    const text = writeModelsModule(inferModels(catalog([...plainLink.tables, ...viewAndNoKey.tables]), { exclude: ['legacy_*'] }), {
      title: 'Models of shop.db.',
    });
    expect(text).toContain(`/**
 * Models of shop.db. Relationship names are inferred from the foreign keys: rename them freely,
 * together with the backPopulates that names them.
 *
 * Left out:
 * - table "audit_log": no primary key, so its rows cannot be looked up, linked or updated. Add one
 *   and introspect again.
 * - table "legacy_link": excluded by the pattern "legacy_*".
 *
 * Notes:
 * - Link table "association" has no primary key or unique index over (left_id, right_id); relgraph
 *   serve keeps its links unique by locking and checking before insert (up to two statements more
 *   per add), which a key makes unnecessary: ALTER TABLE association ADD PRIMARY KEY (left_id,
 *   right_id).
 */`);
    expect(text).toContain(`/** Link table of the many-to-many Left.rights ↔ Right.lefts. */
Table('association', Base.metadata,
  Column('left_id', Integer, ForeignKey('left.id')),
  Column('right_id', Integer, ForeignKey('right.id')),
);

export const Customer = Base.model('Customer', {`);
  });

  it('writes types, defaults, comments and table constraints', () => {
    const text = writeModelsModule(inferModels(columnTypes));
    expect(text).toContain(`  release_year: Column(Integer), // year(4): YEAR read as Integer
  rental_rate: Column(Numeric(4, 2), { nullable: false, default: '4.99' }),`);
    expect(text).toContain(`  released_at: Column(DateTime, { serverDefault: "'2000-01-01 00:00:00'" }),`);
    expect(text).toContain(`  code: Column(String(8), { default: "it's" }),`);
    expect(text).toContain(`  tableArgs: [
    UniqueConstraint(['student_id', 'term']),
    ForeignKeyConstraint(['student_id', 'term'], ['enrolment.student_id', 'enrolment.term'], { onDelete: 'CASCADE', onUpdate: 'CASCADE' }),
  ],`);
    expect(text).toContain(`  id: Column(Integer, { primaryKey: true, autoincrement: false }),`);
  });

  it('needs no inflection export for a model that is its own plural: the default names its list allStaff', () => {
    expect(writeModelsModule(inferModels(awkwardNames))).not.toContain('inflection');
  });

  it('gives a model a constant of its own when the declaration API has its name', () => {
    expect(writeModelsModule(inferModels(awkwardNames))).toContain(`export const ColumnModel = Base.model('Column', {`);
  });

  it('quotes names that are not identifiers, and keeps comments closed', async () => {
    const awkward = catalog([
      table("o'neil", [id(), column("it's", 'string', { length: 10 }), column('first name', 'string', { length: 10 })]),
      table('weird*/name', [id(), column('owner_id', 'integer')], { foreignKeys: [fk('owner_id', "o'neil.id")] }),
    ]);
    const text = writeModelsModule(inferModels(awkward));
    expect(text).toContain(' * - Table "weird*\\/name" is model WeirdName: a GraphQL name has letters, digits and underscores\n *   only.');
    expect(text).toContain(`export const ONeil = Base.model('ONeil', {
  tableName: "o'neil",
  id: Column(Integer, { primaryKey: true }),
  it_s: Column("it's", String(10)),
  'first name': Column(String(10)),
  weird_names: relationship('WeirdName', { backPopulates: 'owner' }),
});`);
    expect(text).toContain(`owner_id: Column(Integer, ForeignKey("o'neil.id")),`);
    const mapping = configure((await loadModule(text, 'mjs')).default);
    expect(mapping.model('ONeil')?.columns.map((c) => [c.attribute, c.name])).toEqual([
      ['id', 'id'],
      ['it_s', "it's"],
      ['first name', 'first name'],
    ]);
    expect(() => buildSchema(mapping)).not.toThrow();
  });

  it('writes JavaScript strings that read back as the same text', () => {
    for (const text of ['plain', "it's", 'say "hi"', `both ' and "`, 'back\\slash', 'line\nbreak', '\u2028']) {
      expect(new Function(`return ${quote(text)};`)()).toBe(text);
    }
  });
});

/** connectOrCreate items checked before any SQL (`checkWriteInput`, rule 8): keys, values, contradictions, limits. */
import { describe, expect, it } from 'vitest';
import { checkWriteInput, uniqueKeyList, whereKey } from '../../../src/arguments/checkWriteInput.js';
import { FieldIndex } from '../../../src/inflect/FieldIndex.js';
import { defaultInflection } from '../../../src/inflect/inflection.js';
import {
  Column,
  ForeignKey,
  Integer,
  String as Str,
  Table,
  UniqueConstraint,
  configure,
  declarativeBase,
  relationship,
} from '../../../src/index.js';

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
  slug: Column(Str(20), { unique: true }),
  tags: relationship('Tag', { secondary: parentTag }),
  shelves: relationship('Shelf', { backPopulates: 'parent' }),
});
Base.model('Tag', {
  tableName: 'tag',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(20), { nullable: false, unique: true }),
});
Base.model('Shelf', {
  tableName: 'shelf',
  id: Column(Integer, { primaryKey: true }),
  room: Column(Str(20), { nullable: false }),
  position: Column(Integer, { nullable: false }),
  parent_id: Column(Integer, ForeignKey('parent.id')),
  parent: relationship('Parent', { backPopulates: 'shelves' }),
  tableArgs: [UniqueConstraint(['room', 'position'])],
});
const mapping = configure(Base);
const Parent = mapping.model('Parent')!;
const Tag = mapping.model('Tag')!;
const Shelf = mapping.model('Shelf')!;
const context = {
  fields: new FieldIndex(defaultInflection),
  inflection: defaultInflection,
  limits: { nestedListItems: 3, inputDepth: 3 },
};
const check = (input: Record<string, unknown>, model = Parent, creates = true) =>
  checkWriteInput(context, model, input, creates ? 'createParent' : 'updateParent', creates);

describe('arguments: connectOrCreate keys', () => {
  it('finds the unique key whose fields are exactly those given', () => {
    expect(whereKey(defaultInflection, Tag, { name: 'red' })?.map((c) => c.name)).toEqual(['name']);
    expect(whereKey(defaultInflection, Tag, { id: 1, name: null })?.map((c) => c.name)).toEqual(['id']);
    expect(whereKey(defaultInflection, Shelf, { room: 'a', position: 2 })?.map((c) => c.name)).toEqual(['room', 'position']);
    expect(whereKey(defaultInflection, Shelf, { room: 'a' })).toBeUndefined();
    expect(whereKey(defaultInflection, Tag, { id: 1, name: 'red' })).toBeUndefined();
    expect(whereKey(defaultInflection, Tag, {})).toBeUndefined();
  });

  it('lists the keys a client may give', () => {
    expect(uniqueKeyList(defaultInflection, Tag)).toBe('id or name');
    expect(uniqueKeyList(defaultInflection, Shelf)).toBe('id or room and position');
  });
});

describe('arguments: connectOrCreate items', () => {
  const item = (where: Record<string, unknown>, create: Record<string, unknown> = {}) => ({ where, create });

  it('accepts one whole key, with create giving the same values or none', () => {
    expect(() =>
      check({ tags: { connectOrCreate: [item({ name: 'red' }, { name: 'red' }), item({ id: 4 }, { name: 'x' })] } }),
    ).not.toThrow();
    expect(() => check({ shelves: { connectOrCreate: [item({ room: 'a', position: 1 }, { room: 'a', position: 1 })] } })).not.toThrow();
    expect(() => check({ shelves: { connectOrCreate: [item({ room: 'a', position: 1 }, { position: 1 })] } })).not.toThrow();
  });

  it('refuses a where that is no whole key, or more than one', () => {
    expect(() => check({ shelves: { connectOrCreate: [item({ room: 'a' })] } })).toThrow(
      'createParent(input.shelves.connectOrCreate[0].where): a Shelf is looked up by exactly one whole unique key: id or room and position, but got room. Give the fields of one of them.',
    );
    expect(() => check({ tags: { connectOrCreate: [item({ id: 1, name: 'red' })] } })).toThrow(/but got id and name\./);
  });

  it('refuses a create whose key value differs from where', () => {
    expect(() => check({ shelves: { connectOrCreate: [item({ room: 'a', position: 1 }, { room: 'a', position: 2 })] } })).toThrow(
      'createParent(input.shelves.connectOrCreate[0].create.position): position is 2 in create but 1 in where, so the Shelf created would not be the one looked up. Leave position out of create (it is taken from where), or give the same value.',
    );
  });

  it('refuses the same primary key in connectOrCreate and disconnect, and connectOrCreate with set', () => {
    expect(() => check({ tags: { connectOrCreate: [item({ id: 1 }, { name: 'a' })], disconnect: [{ id: 1 }] } }, Parent, false)).toThrow(
      /Tag with id 1 is in both connectOrCreate and disconnect of Parent\.tags/,
    );
    expect(() => check({ tags: { set: [{ id: 2 }], connectOrCreate: [item({ name: 'a' }, { name: 'a' })] } }, Parent, false)).toThrow(
      /cannot be combined with connectOrCreate\./,
    );
  });

  it('refuses a row created with an explicit key and also connectOrCreated by it', () => {
    expect(() => check({ tags: { create: [{ id: 5, name: 'a' }], connectOrCreate: [item({ id: 5 }, { name: 'a' })] } })).toThrow(
      /^createParent\(input\.tags\.create\[0\]\): Tag with id 5 is also named by its key at input\.tags\.connectOrCreate\[0\]/,
    );
  });

  it('counts items toward nestedListItems and the create toward inputDepth', () => {
    const four = ['a', 'b', 'c', 'd'].map((name) => item({ name }, { name }));
    expect(() => check({ tags: { connectOrCreate: four } })).toThrow(
      /^createParent\(input\.tags\.connectOrCreate\): 4 items, more than the 3 allowed in one nested-write list\./,
    );
    const shallow = { ...context, limits: { nestedListItems: 3, inputDepth: 1 } };
    expect(() =>
      checkWriteInput(shallow, Parent, { tags: { connectOrCreate: [item({ name: 'a' }, { name: 'a' })] } }, 'createParent', true),
    ).toThrow(
      /^createParent\(input\.tags\.connectOrCreate\[0\]\.create\): nested creates go 2 levels deep \(at Tag\), more than the 1 allowed\./,
    );
  });

  it('counts connectOrCreate as the one field of a single-valued relationship', () => {
    expect(() =>
      checkWriteInput(context, Shelf, { room: 'a', position: 1, parent: { connectOrCreate: item({ slug: 'p' }) } }, 'createShelf', true),
    ).not.toThrow();
    expect(() =>
      checkWriteInput(
        context,
        Shelf,
        { room: 'a', position: 1, parent: { connect: { id: 1 }, connectOrCreate: item({ slug: 'p' }) } },
        'createShelf',
        true,
      ),
    ).toThrow(
      'createShelf(input.parent): Shelf.parent takes exactly one of connect, connectOrCreate, create or disconnect: true, but got connect and connectOrCreate. Give one of them.',
    );
  });
});

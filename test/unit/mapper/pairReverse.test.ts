/** backref and backPopulates: what the reverse relationship inherits and how pairs are linked (R2.1–R2.2). */
import { describe, expect, it } from 'vitest';
import {
  Column,
  ForeignKey,
  Integer,
  String,
  Table,
  backref,
  configure,
  declarativeBase,
  relationship,
  type BackrefDecl,
  type Mapping,
  type MappedRelationship,
  type RelationshipOptions,
} from '../../../src/index.js';
import { formatCascade } from '../../../src/mapper/index.js';

function relationshipOf(mapping: Mapping, path: string): MappedRelationship {
  const [model = '', name = ''] = path.split('.');
  const found = mapping.model(model)?.relationships.find((r) => r.name === name);
  if (!found) throw new Error(`${path} is not mapped.`);
  return found;
}

/** `Parent.children` with `backref` and the other options given; returns the backref `Child.parent`. */
function backrefOf(reverse: string | BackrefDecl, options: RelationshipOptions = {}): MappedRelationship {
  const Base = declarativeBase();
  Base.model('Parent', {
    tableName: 'parent',
    id: Column(Integer, { primaryKey: true }),
    name: Column(String(50)),
    children: relationship('Child', { ...options, backref: reverse }),
  });
  Base.model('Child', {
    tableName: 'child',
    id: Column(Integer, { primaryKey: true }),
    parent_id: Column(Integer, ForeignKey('parent.id')),
  });
  return relationshipOf(configure(Base), `Child.${typeof reverse === 'string' ? reverse : reverse.name}`);
}

describe('mapper: backref', () => {
  it('creates the reverse with the opposite direction and links both ways', () => {
    const parent = backrefOf('parent');
    expect(parent).toMatchObject({ direction: 'many-to-one', uselist: false, origin: 'backref' });
    expect(parent.reverse?.name).toBe('children');
    expect(parent.reverse?.reverse).toBe(parent);
  });

  it('does not inherit cascade, orderBy or passiveDeletes (R2.2)', () => {
    const parent = backrefOf('parent', { cascade: 'all, delete-orphan', orderBy: 'id desc', passiveDeletes: true });
    expect(formatCascade(parent.cascade)).toBe('save-update, merge');
    expect(parent.orderBy).toEqual([]);
    expect(parent.passiveDeletes).toBe(false);
  });

  it("does not inherit uselist: a one-to-one's backref is a scalar because it is many-to-one", () => {
    const Base = declarativeBase();
    Base.model('Parent', {
      tableName: 'parent',
      id: Column(Integer, { primaryKey: true }),
      child: relationship('Child', { uselist: false, backref: 'parent' }),
    });
    Base.model('Child', {
      tableName: 'child',
      id: Column(Integer, { primaryKey: true }),
      parent_id: Column(Integer, ForeignKey('parent.id')),
    });
    expect(relationshipOf(configure(Base), 'Child.parent').uselist).toBe(false);
  });

  it('inherits viewonly and postUpdate (R2.2)', () => {
    expect(backrefOf('parent', { viewonly: true })).toMatchObject({ viewonly: true, cascade: { saveUpdate: false, merge: true } });
    expect(backrefOf('parent', { postUpdate: true }).postUpdate).toBe(true);
  });

  it('takes uselist, cascade, orderBy, passiveDeletes, postUpdate and doc from backref(name, options)', () => {
    const Base = declarativeBase();
    Base.model('Parent', {
      tableName: 'parent',
      id: Column(Integer, { primaryKey: true }),
      child_id: Column(Integer, ForeignKey('child.id')),
      name: Column(String(50)),
      child: relationship('Child', {
        backref: backref('parents', {
          cascade: 'all, delete-orphan',
          orderBy: 'name',
          passiveDeletes: true,
          postUpdate: true,
          doc: 'Who points here.',
        }),
      }),
    });
    Base.model('Child', { tableName: 'child', id: Column(Integer, { primaryKey: true }) });
    const parents = relationshipOf(configure(Base), 'Child.parents');
    expect(parents).toMatchObject({
      direction: 'one-to-many',
      uselist: true,
      passiveDeletes: true,
      postUpdate: true,
      doc: 'Who points here.',
    });
    expect(formatCascade(parents.cascade)).toBe('save-update, merge, refresh-expire, expunge, delete, delete-orphan');
    expect(parents.orderBy.map((term) => term.column.name)).toEqual(['name']);
  });

  it('makes the reverse a scalar with backref(name, { uselist: false })', () => {
    expect(backrefOf(backref('parent', { uselist: false })).uselist).toBe(false);
  });

  it('reuses the secondary with the joins swapped', () => {
    const Base = declarativeBase();
    const association = Table(
      'association',
      Base.metadata,
      Column('left_id', Integer, ForeignKey('left.id')),
      Column('right_id', Integer, ForeignKey('right.id')),
    );
    Base.model('Parent', {
      tableName: 'left',
      id: Column(Integer, { primaryKey: true }),
      children: relationship('Child', { secondary: association, backref: 'parents' }),
    });
    Base.model('Child', { tableName: 'right', id: Column(Integer, { primaryKey: true }) });
    const mapping = configure(Base);
    const children = relationshipOf(mapping, 'Parent.children');
    const parents = relationshipOf(mapping, 'Child.parents');
    expect(parents.secondary).toBe(children.secondary);
    expect(parents.join.map((pair) => [pair.local, pair.remote])).toEqual(
      children.secondaryJoin.map((pair) => [pair.target, pair.secondary]),
    );
    expect(parents.secondaryJoin.map((pair) => [pair.secondary, pair.target])).toEqual(
      children.join.map((pair) => [pair.remote, pair.local]),
    );
  });
});

describe('mapper: backPopulates', () => {
  it('links two declared relationships to each other', () => {
    const Base = declarativeBase();
    Base.model('Parent', {
      tableName: 'parent',
      id: Column(Integer, { primaryKey: true }),
      children: relationship('Child', { backPopulates: 'parent' }),
    });
    Base.model('Child', {
      tableName: 'child',
      id: Column(Integer, { primaryKey: true }),
      parent_id: Column(Integer, ForeignKey('parent.id')),
      parent: relationship('Parent', { backPopulates: 'children' }),
    });
    const mapping = configure(Base);
    expect(relationshipOf(mapping, 'Parent.children').reverse).toBe(relationshipOf(mapping, 'Child.parent'));
    expect(relationshipOf(mapping, 'Child.parent').reverse).toBe(relationshipOf(mapping, 'Parent.children'));
  });

  it('links a one-sided backPopulates, as SQLAlchemy does', () => {
    const Base = declarativeBase();
    Base.model('Parent', {
      tableName: 'parent',
      id: Column(Integer, { primaryKey: true }),
      children: relationship('Child', { backPopulates: 'parent' }),
    });
    Base.model('Child', {
      tableName: 'child',
      id: Column(Integer, { primaryKey: true }),
      parent_id: Column(Integer, ForeignKey('parent.id')),
      parent: relationship('Parent'),
    });
    expect(relationshipOf(configure(Base), 'Child.parent').reverse?.name).toBe('children');
  });

  it('leaves a relationship without backPopulates or backref unpaired', () => {
    const Base = declarativeBase();
    Base.model('Parent', { tableName: 'parent', id: Column(Integer, { primaryKey: true }), children: relationship('Child') });
    Base.model('Child', {
      tableName: 'child',
      id: Column(Integer, { primaryKey: true }),
      parent_id: Column(Integer, ForeignKey('parent.id')),
    });
    expect(relationshipOf(configure(Base), 'Parent.children').reverse).toBeUndefined();
  });
});

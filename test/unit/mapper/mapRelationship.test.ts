/** A declared relationship's options as configure() resolves them: uselist, orderBy, passive deletes, frozen output. */
import { describe, expect, it } from 'vitest';
import {
  Column,
  ForeignKey,
  Integer,
  String,
  Table,
  configure,
  declarativeBase,
  relationship,
  type Mapping,
  type MappedRelationship,
  type RelationshipOptions,
} from '../../../src/index.js';

function relationshipOf(mapping: Mapping, path: string): MappedRelationship {
  const [model = '', name = ''] = path.split('.');
  const found = mapping.model(model)?.relationships.find((r) => r.name === name);
  if (!found) throw new Error(`${path} is not mapped.`);
  return found;
}

/** Parent ↔ Child over `child.parent_id`, with the options given to each side. */
function oneToMany(parentOptions: RelationshipOptions, childOptions?: RelationshipOptions): Mapping {
  const Base = declarativeBase();
  Base.model('Parent', { tableName: 'parent', id: Column(Integer, { primaryKey: true }), children: relationship('Child', parentOptions) });
  Base.model('Child', {
    tableName: 'child',
    id: Column(Integer, { primaryKey: true }),
    name: Column(String(50)),
    position: Column(Integer),
    parent_id: Column(Integer, ForeignKey('parent.id'), { nullable: false }),
    ...(childOptions ? { parent: relationship('Parent', childOptions) } : {}),
  });
  return configure(Base);
}

describe('mapper: uselist', () => {
  it('defaults to a list for one-to-many', () => {
    expect(relationshipOf(oneToMany({}), 'Parent.children').uselist).toBe(true);
  });

  it('defaults to a scalar for many-to-one', () => {
    expect(relationshipOf(oneToMany({ backPopulates: 'parent' }, { backPopulates: 'children' }), 'Child.parent').uselist).toBe(false);
  });

  it('defaults to a list for many-to-many', () => {
    const Base = declarativeBase();
    Table(
      'association',
      Base.metadata,
      Column('left_id', Integer, ForeignKey('left.id')),
      Column('right_id', Integer, ForeignKey('right.id')),
    );
    Base.model('Parent', {
      tableName: 'left',
      id: Column(Integer, { primaryKey: true }),
      children: relationship('Child', { secondary: 'association' }),
    });
    Base.model('Child', { tableName: 'right', id: Column(Integer, { primaryKey: true }) });
    expect(relationshipOf(configure(Base), 'Parent.children').uselist).toBe(true);
  });

  it('makes a one-to-many a scalar with uselist: false, keeping its direction (one-to-one)', () => {
    expect(relationshipOf(oneToMany({ uselist: false }), 'Parent.children')).toMatchObject({
      direction: 'one-to-many',
      uselist: false,
      nullable: true,
    });
  });
});

describe('mapper: nullability', () => {
  it('makes a many-to-one over a NOT NULL foreign key non-null', () => {
    expect(relationshipOf(oneToMany({ backPopulates: 'parent' }, { backPopulates: 'children' }), 'Child.parent').nullable).toBe(false);
  });

  it('keeps the one-to-one side of a one-to-many nullable: the row may have no child', () => {
    expect(relationshipOf(oneToMany({ uselist: false }), 'Parent.children').nullable).toBe(true);
  });
});

describe('mapper: orderBy', () => {
  it("defaults to no terms, meaning the target's primary key", () => {
    expect(relationshipOf(oneToMany({}), 'Parent.children').orderBy).toEqual([]);
  });

  it('parses column names with an optional direction, in order', () => {
    const { orderBy } = relationshipOf(oneToMany({ orderBy: ['position', 'name DESC', 'id asc'] }), 'Parent.children');
    expect(orderBy.map((term) => [term.column.name, term.descending])).toEqual([
      ['position', false],
      ['name', true],
      ['id', false],
    ]);
  });

  it('accepts a single string', () => {
    const { orderBy } = relationshipOf(oneToMany({ orderBy: 'name desc' }), 'Parent.children');
    expect(orderBy.map((term) => [term.column.name, term.descending])).toEqual([['name', true]]);
  });

  it('refuses a direction other than asc or desc', () => {
    expect(() => oneToMany({ orderBy: 'name sideways' })).toThrow(
      'Parent.children: orderBy "name sideways" does not name a column of Child.',
    );
  });
});

describe('mapper: other options', () => {
  it('defaults passiveDeletes, viewonly and postUpdate to false', () => {
    expect(relationshipOf(oneToMany({}), 'Parent.children')).toMatchObject({ passiveDeletes: false, viewonly: false, postUpdate: false });
  });

  it('records passiveDeletes, postUpdate, doc and overlaps as given', () => {
    const children = relationshipOf(
      oneToMany({ passiveDeletes: 'all', postUpdate: true, doc: 'The kids.', overlaps: 'parent' }),
      'Parent.children',
    );
    expect(children).toMatchObject({ passiveDeletes: 'all', postUpdate: true, doc: 'The kids.', overlaps: ['parent'] });
  });

  it('returns a frozen mapping', () => {
    const mapping = oneToMany({});
    expect(Object.isFrozen(mapping)).toBe(true);
    expect(Object.isFrozen(mapping.model('Parent'))).toBe(true);
    expect(Object.isFrozen(relationshipOf(mapping, 'Parent.children'))).toBe(true);
    expect(Object.isFrozen(relationshipOf(mapping, 'Parent.children').cascade)).toBe(true);
  });

  it('accepts a MetaData as well as a declarative base, and refuses anything else', () => {
    const Base = declarativeBase();
    Base.model('Parent', { tableName: 'parent', id: Column(Integer, { primaryKey: true }) });
    expect(configure(Base.metadata).models.map((m) => m.name)).toEqual(['Parent']);
    expect(() => configure(42 as never)).toThrow(new TypeError('configure() expects a declarative base or a MetaData, but got: 42.'));
  });
});

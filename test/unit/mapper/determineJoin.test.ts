/** How configure() derives a relationship's direction and join columns from the foreign keys (R1.1–R1.4). */
import { describe, expect, it } from 'vitest';
import {
  Column,
  ForeignKey,
  ForeignKeyConstraint,
  Integer,
  Table,
  backref,
  configure,
  declarativeBase,
  relationship,
  type Attributes,
  type Mapping,
  type MappedRelationship,
} from '../../../src/index.js';

function relationshipOf(mapping: Mapping, path: string): MappedRelationship {
  const [model = '', name = ''] = path.split('.');
  const found = mapping.model(model)?.relationships.find((r) => r.name === name);
  if (!found) throw new Error(`${path} is not mapped.`);
  return found;
}

/** `"parent.id = child.parent_id"` for each pair of the join. */
function joinOf(relationship: MappedRelationship): string[] {
  return relationship.join.map(({ local, remote }) => `${local.table.name}.${local.name} = ${remote.table.name}.${remote.name}`);
}

function syncOf(relationship: MappedRelationship): string[] {
  return [...relationship.syncPairs, ...relationship.secondarySyncPairs].map(
    ({ from, to }) => `${from.table.name}.${from.name} -> ${to.table.name}.${to.name}`,
  );
}

describe('mapper: direction', () => {
  it("infers one-to-many from a foreign key on the target's table", () => {
    const Base = declarativeBase();
    Base.model('Parent', { tableName: 'parent', id: Column(Integer, { primaryKey: true }), children: relationship('Child') });
    Base.model('Child', {
      tableName: 'child',
      id: Column(Integer, { primaryKey: true }),
      parent_id: Column(Integer, ForeignKey('parent.id')),
    });
    const children = relationshipOf(configure(Base), 'Parent.children');
    expect(children.direction).toBe('one-to-many');
    expect(joinOf(children)).toEqual(['parent.id = child.parent_id']);
    expect(syncOf(children)).toEqual(['parent.id -> child.parent_id']);
  });

  it("infers many-to-one from a foreign key on the owner's table", () => {
    const Base = declarativeBase();
    Base.model('Parent', {
      tableName: 'parent',
      id: Column(Integer, { primaryKey: true }),
      child_id: Column(Integer, ForeignKey('child.id')),
      child: relationship('Child'),
    });
    Base.model('Child', { tableName: 'child', id: Column(Integer, { primaryKey: true }) });
    const child = relationshipOf(configure(Base), 'Parent.child');
    expect(child.direction).toBe('many-to-one');
    expect(joinOf(child)).toEqual(['parent.child_id = child.id']);
    expect(syncOf(child)).toEqual(['child.id -> parent.child_id']);
  });

  it('makes every relationship with a secondary many-to-many, whatever the foreign keys', () => {
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
      children: relationship('Child', { secondary: 'association', backPopulates: 'parents' }),
    });
    Base.model('Child', {
      tableName: 'right',
      id: Column(Integer, { primaryKey: true }),
      parents: relationship('Parent', { secondary: 'association', backPopulates: 'children' }),
    });
    const mapping = configure(Base);
    const children = relationshipOf(mapping, 'Parent.children');
    expect(children.direction).toBe('many-to-many');
    expect(joinOf(children)).toEqual(['left.id = association.left_id']);
    expect(syncOf(children)).toEqual(['left.id -> association.left_id', 'right.id -> association.right_id']);
    // Declared from the other side, the same table joins the other way round.
    const parents = relationshipOf(mapping, 'Child.parents');
    expect(joinOf(parents)).toEqual(['right.id = association.right_id']);
    expect(syncOf(parents)).toEqual(['right.id -> association.right_id', 'left.id -> association.left_id']);
  });

  it('uses only the foreign key that foreignKeys names when several link the tables', () => {
    const Base = declarativeBase();
    Base.model('Parent', {
      tableName: 'parent',
      id: Column(Integer, { primaryKey: true }),
      stepChildren: relationship('Child', { foreignKeys: 'step_parent_id' }),
    });
    Base.model('Child', {
      tableName: 'child',
      id: Column(Integer, { primaryKey: true }),
      parent_id: Column(Integer, ForeignKey('parent.id')),
      step_parent_id: Column(Integer, ForeignKey('parent.id')),
    });
    expect(joinOf(relationshipOf(configure(Base), 'Parent.stepChildren'))).toEqual(['parent.id = child.step_parent_id']);
  });
});

describe('mapper: self-referential direction', () => {
  function declareNode(attributes: Attributes): Mapping {
    const Base = declarativeBase();
    Base.model('Node', {
      tableName: 'node',
      id: Column(Integer, { primaryKey: true }),
      parent_id: Column(Integer, ForeignKey('node.id')),
      ...attributes,
    });
    return configure(Base);
  }

  it('is one-to-many without remoteSide: the foreign-key column is remote (R1.4)', () => {
    const children = relationshipOf(declareNode({ children: relationship('Node') }), 'Node.children');
    expect(children).toMatchObject({ direction: 'one-to-many', uselist: true });
    expect(joinOf(children)).toEqual(['node.id = node.parent_id']);
  });

  it('is many-to-one when remoteSide names the referenced column', () => {
    const parent = relationshipOf(declareNode({ parent: relationship('Node', { remoteSide: 'id' }) }), 'Node.parent');
    expect(parent).toMatchObject({ direction: 'many-to-one', uselist: false, nullable: true });
    expect(joinOf(parent)).toEqual(['node.parent_id = node.id']);
  });

  it('is one-to-many when remoteSide names the foreign-key column', () => {
    const children = relationshipOf(declareNode({ children: relationship('Node', { remoteSide: 'node.parent_id' }) }), 'Node.children');
    expect(children.direction).toBe('one-to-many');
  });

  it('pairs a one-to-many with a remoteSide many-to-one', () => {
    const mapping = declareNode({
      children: relationship('Node', { backPopulates: 'parent' }),
      parent: relationship('Node', { backPopulates: 'children', remoteSide: 'id' }),
    });
    expect(relationshipOf(mapping, 'Node.children').reverse).toBe(relationshipOf(mapping, 'Node.parent'));
  });

  it('makes the backref of a self-referential one-to-many a many-to-one, without remoteSide', () => {
    const mapping = declareNode({ children: relationship('Node', { backref: 'parent' }) });
    const parent = relationshipOf(mapping, 'Node.parent');
    expect(parent).toMatchObject({ direction: 'many-to-one', uselist: false, origin: 'backref' });
    expect(joinOf(parent)).toEqual(['node.parent_id = node.id']);
  });

  it('joins a self-referential many-to-many through the foreign key foreignKeys names for the owner', () => {
    const Base = declarativeBase();
    Table(
      'friendship',
      Base.metadata,
      Column('node_id', Integer, ForeignKey('node.id')),
      Column('friend_id', Integer, ForeignKey('node.id')),
    );
    Base.model('Node', {
      tableName: 'node',
      id: Column(Integer, { primaryKey: true }),
      friends: relationship('Node', { secondary: 'friendship', foreignKeys: 'friendship.node_id', backref: 'friendOf' }),
    });
    const mapping = configure(Base);
    expect(syncOf(relationshipOf(mapping, 'Node.friends'))).toEqual(['node.id -> friendship.node_id', 'node.id -> friendship.friend_id']);
    expect(syncOf(relationshipOf(mapping, 'Node.friendOf'))).toEqual(['node.id -> friendship.friend_id', 'node.id -> friendship.node_id']);
  });
});

describe('mapper: composite keys', () => {
  function declareComposite(childOptions: { nullable: boolean }): Mapping {
    const Base = declarativeBase();
    Base.model('Parent', {
      tableName: 'parent',
      region: Column(Integer, { primaryKey: true }),
      number: Column(Integer, { primaryKey: true }),
      children: relationship('Child', { backref: backref('parent') }),
    });
    Base.model('Child', {
      tableName: 'child',
      id: Column(Integer, { primaryKey: true }),
      parent_region: Column(Integer, { nullable: childOptions.nullable }),
      parent_number: Column(Integer, { nullable: false }),
      tableArgs: [ForeignKeyConstraint(['parent_region', 'parent_number'], ['parent.region', 'parent.number'])],
    });
    return configure(Base);
  }

  it('joins on every column of a ForeignKeyConstraint, in order', () => {
    const mapping = declareComposite({ nullable: true });
    const children = relationshipOf(mapping, 'Parent.children');
    expect(children.direction).toBe('one-to-many');
    expect(joinOf(children)).toEqual(['parent.region = child.parent_region', 'parent.number = child.parent_number']);
    expect(joinOf(relationshipOf(mapping, 'Child.parent'))).toEqual([
      'child.parent_region = parent.region',
      'child.parent_number = parent.number',
    ]);
  });

  it('makes the many-to-one nullable when any of its foreign-key columns is', () => {
    expect(relationshipOf(declareComposite({ nullable: true }), 'Child.parent').nullable).toBe(true);
    expect(relationshipOf(declareComposite({ nullable: false }), 'Child.parent').nullable).toBe(false);
  });

  it('treats one ForeignKey per column as two paths, not one composite key', () => {
    const Base = declarativeBase();
    Base.model('Parent', {
      tableName: 'parent',
      region: Column(Integer, { primaryKey: true }),
      number: Column(Integer, { primaryKey: true }),
      children: relationship('Child'),
    });
    Base.model('Child', {
      tableName: 'child',
      id: Column(Integer, { primaryKey: true }),
      parent_region: Column(Integer, ForeignKey('parent.region')),
      parent_number: Column(Integer, ForeignKey('parent.number')),
    });
    expect(() => configure(Base)).toThrow(
      'Parent.children: table "child" has two foreign keys to "parent" (child.parent_region, child.parent_number). Pass foreignKeys to choose one. If they form one composite key, declare them as one ForeignKeyConstraint.',
    );
  });
});

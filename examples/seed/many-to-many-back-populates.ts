/**
 * Many to many, both directions with `backPopulates` (SQLAlchemy, Basic Relationship Patterns:
 * "Many To Many", bidirectional form). Both sides are lists, and each names the same
 * `secondary`.
 *
 *   class Parent(Base):
 *       __tablename__ = 'left'
 *       id = Column(Integer, primary_key=True)
 *       children = relationship("Child", secondary=association_table, back_populates="parents")
 *
 *   class Child(Base):
 *       __tablename__ = 'right'
 *       id = Column(Integer, primary_key=True)
 *       parents = relationship("Parent", secondary=association_table, back_populates="children")
 *
 * GraphQL: `Parent.children: [Child!]!` and `Child.parents: [Parent!]!`, with
 * `addParentChild` / `removeParentChild` and `addChildParent` / `removeChildParent`; either
 * pair writes the same `association` rows.
 */
import { Column, ForeignKey, Integer, String, Table, declarativeBase, relationship } from 'relgraph';

const Base = declarativeBase();

export const association = Table(
  'association',
  Base.metadata,
  Column('left_id', Integer, ForeignKey('left.id')),
  Column('right_id', Integer, ForeignKey('right.id')),
);

export const Parent = Base.model('Parent', {
  tableName: 'left',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
  children: relationship('Child', { secondary: association, backPopulates: 'parents' }),
});

export const Child = Base.model('Child', {
  tableName: 'right',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
  parents: relationship('Parent', { secondary: association, backPopulates: 'children' }),
});

export default Base;

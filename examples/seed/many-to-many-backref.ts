/**
 * Many to many, both directions with `backref` (SQLAlchemy, Basic Relationship Patterns:
 * "Many To Many", backref form). The backref `Child.parents` uses the same `secondary`
 * automatically, with the two joins swapped.
 *
 *   class Parent(Base):
 *       __tablename__ = 'left'
 *       id = Column(Integer, primary_key=True)
 *       children = relationship("Child", secondary=association_table, backref="parents")
 *
 *   class Child(Base):
 *       __tablename__ = 'right'
 *       id = Column(Integer, primary_key=True)
 *
 * GraphQL: the same as many-to-many-back-populates: lists on both sides and both pairs of
 * link mutations.
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
  children: relationship('Child', { secondary: association, backref: 'parents' }),
});

export const Child = Base.model('Child', {
  tableName: 'right',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
});

export default Base;

/**
 * Many to many, one direction only (SQLAlchemy, Basic Relationship Patterns: "Many To Many").
 * The association table is passed as `secondary`; its rows are written for you as links are
 * added and removed.
 *
 *   association_table = Table('association', Base.metadata,
 *       Column('left_id', Integer, ForeignKey('left.id')),
 *       Column('right_id', Integer, ForeignKey('right.id')))
 *
 *   class Parent(Base):
 *       __tablename__ = 'left'
 *       id = Column(Integer, primary_key=True)
 *       children = relationship("Child", secondary=association_table)
 *
 *   class Child(Base):
 *       __tablename__ = 'right'
 *       id = Column(Integer, primary_key=True)
 *
 * GraphQL: `Parent.children: [Child!]!` with `addParentChild(id, childId)` /
 * `removeParentChild`, which insert and delete `association` rows. The table itself gets no
 * type: it is not a model.
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
  children: relationship('Child', { secondary: association }),
});

export const Child = Base.model('Child', {
  tableName: 'right',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
});

export default Base;

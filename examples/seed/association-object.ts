/**
 * Association object, one direction (SQLAlchemy, Basic Relationship Patterns: "Association
 * Object"). The association table has a column of its own, `extra_data`, so it is mapped as
 * a model: Parent → Association is one-to-many, Association → Child many-to-one. Its primary
 * key is the pair of foreign keys.
 *
 *   class Association(Base):
 *       __tablename__ = 'association'
 *       left_id = Column(Integer, ForeignKey('left.id'), primary_key=True)
 *       right_id = Column(Integer, ForeignKey('right.id'), primary_key=True)
 *       extra_data = Column(String(50))
 *       child = relationship("Child")
 *
 *   class Parent(Base):
 *       __tablename__ = 'left'
 *       id = Column(Integer, primary_key=True)
 *       children = relationship("Association")
 *
 *   class Child(Base):
 *       __tablename__ = 'right'
 *       id = Column(Integer, primary_key=True)
 *
 * GraphQL: `type Association { leftId, rightId, extraData, child }`, looked up by both keys
 * (`association(leftId, rightId)`, `updateAssociation`, `deleteAssociation`), and
 * `Parent.children: [Association!]!`. A link is an Association row: create it with
 * `createAssociation`, or nested in `createParent(input: { children: { create: [...] } })`.
 * There are no add/remove link mutations here, because Association's key has two columns.
 */
import { Column, ForeignKey, Integer, String, declarativeBase, relationship } from 'relgraph';

const Base = declarativeBase();

export const Association = Base.model('Association', {
  tableName: 'association',
  left_id: Column(Integer, ForeignKey('left.id'), { primaryKey: true }),
  right_id: Column(Integer, ForeignKey('right.id'), { primaryKey: true }),
  extra_data: Column(String(50)),
  child: relationship('Child'),
});

export const Parent = Base.model('Parent', {
  tableName: 'left',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
  children: relationship('Association'),
});

export const Child = Base.model('Child', {
  tableName: 'right',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
});

export default Base;

/**
 * One to many, both directions with `backref` (SQLAlchemy, Basic Relationship Patterns:
 * "One To Many", backref form). Only `Parent.children` is declared; the backref creates the
 * many-to-one `Child.parent`.
 *
 *   class Parent(Base):
 *       __tablename__ = 'parent'
 *       id = Column(Integer, primary_key=True)
 *       children = relationship("Child", backref="parent")
 *
 *   class Child(Base):
 *       __tablename__ = 'child'
 *       id = Column(Integer, primary_key=True)
 *       parent_id = Column(Integer, ForeignKey('parent.id'))
 *
 * GraphQL: the same as one-to-many-back-populates: `Parent.children: [Child!]!`,
 * `Child.parent: Parent`, `addParentChild` / `removeParentChild`, `setChildParent`.
 */
import { Column, ForeignKey, Integer, String, declarativeBase, relationship } from 'relgraph';

const Base = declarativeBase();

export const Parent = Base.model('Parent', {
  tableName: 'parent',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
  children: relationship('Child', { backref: 'parent' }),
});

export const Child = Base.model('Child', {
  tableName: 'child',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
  parent_id: Column(Integer, ForeignKey('parent.id')),
});

export default Base;

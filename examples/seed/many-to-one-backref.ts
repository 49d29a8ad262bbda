/**
 * Many to one, both directions with `backref` (SQLAlchemy, Basic Relationship Patterns:
 * "Many To One", backref form). Only `Parent.child` is declared; the backref creates the
 * one-to-many `Child.parents`.
 *
 *   class Parent(Base):
 *       __tablename__ = 'parent'
 *       id = Column(Integer, primary_key=True)
 *       child_id = Column(Integer, ForeignKey('child.id'))
 *       child = relationship("Child", backref="parents")
 *
 * GraphQL: the same as many-to-one-back-populates: `Parent.child: Child`,
 * `Child.parents: [Parent!]!`, `setParentChild`, `addChildParent` / `removeChildParent`.
 */
import { Column, ForeignKey, Integer, String, declarativeBase, relationship } from 'relgraph';

const Base = declarativeBase();

export const Parent = Base.model('Parent', {
  tableName: 'parent',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
  child_id: Column(Integer, ForeignKey('child.id')),
  child: relationship('Child', { backref: 'parents' }),
});

export const Child = Base.model('Child', {
  tableName: 'child',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
});

export default Base;

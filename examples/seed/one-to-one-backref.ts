/**
 * One to one with `backref(name, options)` (SQLAlchemy, Basic Relationship Patterns: "One To
 * One", backref form). A backref does not inherit `uselist`, so the one-to-many it creates
 * would be a list; `backref('parent', { uselist: false })` makes it a scalar.
 *
 *   class Parent(Base):
 *       __tablename__ = 'parent'
 *       id = Column(Integer, primary_key=True)
 *       child_id = Column(Integer, ForeignKey('child.id'))
 *       child = relationship("Child", backref=backref("parent", uselist=False))
 *
 * GraphQL: the same as one-to-one-many-to-one-side: `Parent.child: Child`,
 * `Child.parent: Parent`, `setParentChild` and `setChildParent`.
 */
import { Column, ForeignKey, Integer, String, backref, declarativeBase, relationship } from 'relgraph';

const Base = declarativeBase();

export const Parent = Base.model('Parent', {
  tableName: 'parent',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
  child_id: Column(Integer, ForeignKey('child.id')),
  child: relationship('Child', { backref: backref('parent', { uselist: false }) }),
});

export const Child = Base.model('Child', {
  tableName: 'child',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
});

export default Base;

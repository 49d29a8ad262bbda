/**
 * Many to one, both directions with `backPopulates` (SQLAlchemy, Basic Relationship Patterns:
 * "Many To One", bidirectional form). `Child.parents` is the one-to-many reverse of
 * `Parent.child`.
 *
 *   class Parent(Base):
 *       __tablename__ = 'parent'
 *       id = Column(Integer, primary_key=True)
 *       child_id = Column(Integer, ForeignKey('child.id'))
 *       child = relationship("Child", back_populates="parents")
 *
 *   class Child(Base):
 *       __tablename__ = 'child'
 *       id = Column(Integer, primary_key=True)
 *       parents = relationship("Parent", back_populates="child")
 *
 * GraphQL: `Parent.child: Child` with `setParentChild(id, childId)`, and
 * `Child.parents: [Parent!]!` with `addChildParent` / `removeChildParent`.
 */
import { Column, ForeignKey, Integer, String, declarativeBase, relationship } from 'relgraph';

const Base = declarativeBase();

export const Parent = Base.model('Parent', {
  tableName: 'parent',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
  child_id: Column(Integer, ForeignKey('child.id')),
  child: relationship('Child', { backPopulates: 'parents' }),
});

export const Child = Base.model('Child', {
  tableName: 'child',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
  parents: relationship('Parent', { backPopulates: 'child' }),
});

export default Base;

/**
 * Many to one, one direction only (SQLAlchemy, Basic Relationship Patterns: "Many To One").
 * The foreign key is on the parent's table, and `Parent.child` holds one Child.
 *
 *   class Parent(Base):
 *       __tablename__ = 'parent'
 *       id = Column(Integer, primary_key=True)
 *       child_id = Column(Integer, ForeignKey('child.id'))
 *       child = relationship("Child")
 *
 *   class Child(Base):
 *       __tablename__ = 'child'
 *       id = Column(Integer, primary_key=True)
 *
 * GraphQL: `Parent.child: Child` (nullable, as `child_id` is) and `setParentChild(id, childId)`;
 * Child has no field back to its parents.
 */
import { Column, ForeignKey, Integer, String, declarativeBase, relationship } from 'relgraph';

const Base = declarativeBase();

export const Parent = Base.model('Parent', {
  tableName: 'parent',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
  child_id: Column(Integer, ForeignKey('child.id')),
  child: relationship('Child'),
});

export const Child = Base.model('Child', {
  tableName: 'child',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
});

export default Base;

/**
 * One to one, from the one-to-many side (SQLAlchemy, Basic Relationship Patterns: "One To
 * One"). A one-to-many whose collection side is made a scalar with `uselist: false`; the
 * foreign key stays on the child's table.
 *
 *   class Parent(Base):
 *       __tablename__ = 'parent'
 *       id = Column(Integer, primary_key=True)
 *       child = relationship("Child", uselist=False, back_populates="parent")
 *
 *   class Child(Base):
 *       __tablename__ = 'child'
 *       id = Column(Integer, primary_key=True)
 *       parent_id = Column(Integer, ForeignKey('parent.id'))
 *       parent = relationship("Parent", back_populates="child")
 *
 * GraphQL: scalars on both sides, `Parent.child: Child` and `Child.parent: Parent`, each with
 * its set mutation: `setParentChild(id, childId)` and `setChildParent(id, parentId)`. Nothing
 * stops two children from naming one parent; add `unique: true` to `parent_id` to have the
 * database refuse it.
 */
import { Column, ForeignKey, Integer, String, declarativeBase, relationship } from 'relgraph';

const Base = declarativeBase();

export const Parent = Base.model('Parent', {
  tableName: 'parent',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
  child: relationship('Child', { uselist: false, backPopulates: 'parent' }),
});

export const Child = Base.model('Child', {
  tableName: 'child',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
  parent_id: Column(Integer, ForeignKey('parent.id')),
  parent: relationship('Parent', { backPopulates: 'child' }),
});

export default Base;

/**
 * One to one, from the many-to-one side (SQLAlchemy, Basic Relationship Patterns: "One To
 * One", second form). The foreign key is on the parent's table; the one-to-many reverse,
 * `Child.parent`, is made a scalar with `uselist: false`.
 *
 *   class Parent(Base):
 *       __tablename__ = 'parent'
 *       id = Column(Integer, primary_key=True)
 *       child_id = Column(Integer, ForeignKey('child.id'))
 *       child = relationship("Child", back_populates="parent")
 *
 *   class Child(Base):
 *       __tablename__ = 'child'
 *       id = Column(Integer, primary_key=True)
 *       parent = relationship("Parent", back_populates="child", uselist=False)
 *
 * GraphQL: scalars on both sides, `Parent.child: Child` and `Child.parent: Parent`, with
 * `setParentChild(id, childId)` and `setChildParent(id, parentId)`.
 */
import { Column, ForeignKey, Integer, String, declarativeBase, relationship } from 'relgraph';

const Base = declarativeBase();

export const Parent = Base.model('Parent', {
  tableName: 'parent',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
  child_id: Column(Integer, ForeignKey('child.id')),
  child: relationship('Child', { backPopulates: 'parent' }),
});

export const Child = Base.model('Child', {
  tableName: 'child',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
  parent: relationship('Parent', { backPopulates: 'child', uselist: false }),
});

export default Base;

/**
 * One to many, both directions with `backPopulates` (SQLAlchemy, Basic Relationship Patterns:
 * "One To Many", bidirectional form). `Child.parent` is the many-to-one reverse of
 * `Parent.children`; each names the other.
 *
 *   class Parent(Base):
 *       __tablename__ = 'parent'
 *       id = Column(Integer, primary_key=True)
 *       children = relationship("Child", back_populates="parent")
 *
 *   class Child(Base):
 *       __tablename__ = 'child'
 *       id = Column(Integer, primary_key=True)
 *       parent_id = Column(Integer, ForeignKey('parent.id'))
 *       parent = relationship("Parent", back_populates="children")
 *
 * GraphQL: `Parent.children: [Child!]!` and `Child.parent: Parent` (nullable, as `parent_id`
 * is); `addParentChild` / `removeParentChild` and `setChildParent(id, parentId)`.
 */
import { Column, ForeignKey, Integer, String, declarativeBase, relationship } from 'relgraph';

const Base = declarativeBase();

export const Parent = Base.model('Parent', {
  tableName: 'parent',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
  children: relationship('Child', { backPopulates: 'parent' }),
});

export const Child = Base.model('Child', {
  tableName: 'child',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
  parent_id: Column(Integer, ForeignKey('parent.id')),
  parent: relationship('Parent', { backPopulates: 'children' }),
});

export default Base;

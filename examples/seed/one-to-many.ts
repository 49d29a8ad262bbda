/**
 * One to many, one direction only (SQLAlchemy, Basic Relationship Patterns: "One To Many").
 * The foreign key is on the child's table; the relationship is declared on the parent.
 *
 *   class Parent(Base):
 *       __tablename__ = 'parent'
 *       id = Column(Integer, primary_key=True)
 *       children = relationship("Child")
 *
 *   class Child(Base):
 *       __tablename__ = 'child'
 *       id = Column(Integer, primary_key=True)
 *       parent_id = Column(Integer, ForeignKey('parent.id'))
 *
 * GraphQL: `Parent.children: [Child!]!` with `addParentChild` / `removeParentChild`. Child has
 * the column `parentId` but no `parent` field, since nothing is declared on that side.
 */
import { Column, ForeignKey, Integer, String, declarativeBase, relationship } from 'relgraph';

const Base = declarativeBase();

export const Parent = Base.model('Parent', {
  tableName: 'parent',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
  children: relationship('Child'),
});

export const Child = Base.model('Child', {
  tableName: 'child',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
  parent_id: Column(Integer, ForeignKey('parent.id')),
});

export default Base;

/**
 * Association object, both directions (SQLAlchemy, Basic Relationship Patterns: "Association
 * Object", bidirectional form). Four relationships in two `backPopulates` pairs:
 * Parent.children ↔ Association.parent and Child.parents ↔ Association.child.
 *
 *   class Association(Base):
 *       __tablename__ = 'association'
 *       left_id = Column(Integer, ForeignKey('left.id'), primary_key=True)
 *       right_id = Column(Integer, ForeignKey('right.id'), primary_key=True)
 *       extra_data = Column(String(50))
 *       child = relationship("Child", back_populates="parents")
 *       parent = relationship("Parent", back_populates="children")
 *
 *   class Parent(Base):
 *       __tablename__ = 'left'
 *       id = Column(Integer, primary_key=True)
 *       children = relationship("Association", back_populates="parent")
 *
 *   class Child(Base):
 *       __tablename__ = 'right'
 *       id = Column(Integer, primary_key=True)
 *       parents = relationship("Association", back_populates="child")
 *
 * GraphQL: `Parent.children: [Association!]!`, `Child.parents: [Association!]!`, and
 * `Association.parent: Parent!` / `Association.child: Child!` (non-null: their foreign keys
 * are primary-key columns). Association rows are written with the composite-key mutations.
 */
import { Column, ForeignKey, Integer, String, declarativeBase, relationship } from 'relgraph';

const Base = declarativeBase();

export const Association = Base.model('Association', {
  tableName: 'association',
  left_id: Column(Integer, ForeignKey('left.id'), { primaryKey: true }),
  right_id: Column(Integer, ForeignKey('right.id'), { primaryKey: true }),
  extra_data: Column(String(50)),
  child: relationship('Child', { backPopulates: 'parents' }),
  parent: relationship('Parent', { backPopulates: 'children' }),
});

export const Parent = Base.model('Parent', {
  tableName: 'left',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
  children: relationship('Association', { backPopulates: 'parent' }),
});

export const Child = Base.model('Child', {
  tableName: 'right',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
  parents: relationship('Association', { backPopulates: 'child' }),
});

export default Base;

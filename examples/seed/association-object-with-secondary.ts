/**
 * Association object beside a `secondary` relationship over the same table (SQLAlchemy, Basic
 * Relationship Patterns: "Association Object", the warning). Both would write `association`
 * rows without knowing of each other, so the `secondary` one is `viewonly`, as the seed
 * recommends: it reads the children directly, and every write goes through the association
 * object. Without `viewonly`, `configure()` refuses the pair (overlapping-relationships).
 *
 *   class Association(Base):
 *       __tablename__ = 'association'
 *       left_id = Column(Integer, ForeignKey('left.id'), primary_key=True)
 *       right_id = Column(Integer, ForeignKey('right.id'), primary_key=True)
 *       extra_data = Column(String(50))
 *       child = relationship("Child", backref="parent_associations")
 *       parent = relationship("Parent", backref="child_associations")
 *
 *   class Parent(Base):
 *       __tablename__ = 'left'
 *       id = Column(Integer, primary_key=True)
 *       children = relationship("Child", secondary="association", viewonly=True)
 *
 * GraphQL: `Parent.children: [Child!]!` is read-only (no `addParentChild`, no `children` in
 * the Parent inputs); `Parent.childAssociations`, `Child.parentAssociations` and the
 * Association mutations do the writing.
 */
import { Column, ForeignKey, Integer, String, declarativeBase, relationship } from 'relgraph';

const Base = declarativeBase();

export const Association = Base.model('Association', {
  tableName: 'association',
  left_id: Column(Integer, ForeignKey('left.id'), { primaryKey: true }),
  right_id: Column(Integer, ForeignKey('right.id'), { primaryKey: true }),
  extra_data: Column(String(50)),
  child: relationship('Child', { backref: 'parentAssociations' }),
  parent: relationship('Parent', { backref: 'childAssociations' }),
});

export const Parent = Base.model('Parent', {
  tableName: 'left',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
  children: relationship('Child', { secondary: 'association', viewonly: true }),
});

export const Child = Base.model('Child', {
  tableName: 'right',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
});

export default Base;

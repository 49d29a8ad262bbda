/**
 * Association proxy over an association object (SQLAlchemy, Basic Relationship Patterns:
 * "Association Object", and Association Proxy: "Simplifying Association Objects"). The
 * proxy `Parent.children` reads the two hops Parent.childAssociations → Association.child as
 * one list of Child. The association rows belong to their parent (`all, delete-orphan`), so
 * removing a child through the proxy deletes its row.
 *
 *   class Association(Base):
 *       __tablename__ = 'association'
 *       left_id = Column(Integer, ForeignKey('left.id'), primary_key=True)
 *       right_id = Column(Integer, ForeignKey('right.id'), primary_key=True)
 *       extra_data = Column(String(50))
 *       parent = relationship("Parent", back_populates="child_associations")
 *       child = relationship("Child")
 *
 *   class Parent(Base):
 *       __tablename__ = 'left'
 *       id = Column(Integer, primary_key=True)
 *       child_associations = relationship("Association", back_populates="parent",
 *                                         cascade="all, delete-orphan")
 *       children = association_proxy("child_associations", "child",
 *                                    creator=lambda child: Association(child=child))
 *
 * GraphQL: `Parent.children: [Child!]!` beside `Parent.childAssociations: [Association!]!`;
 * `addParentChild(id, childId, extraData)` writes one association row and
 * `removeParentChild(id, childId)` deletes it.
 */
import { Column, ForeignKey, Integer, String, associationProxy, declarativeBase, relationship } from 'relgraph';

const Base = declarativeBase();

export const Association = Base.model('Association', {
  tableName: 'association',
  left_id: Column(Integer, ForeignKey('left.id'), { primaryKey: true }),
  right_id: Column(Integer, ForeignKey('right.id'), { primaryKey: true }),
  extra_data: Column(String(50)),
  parent: relationship('Parent', { backPopulates: 'childAssociations' }),
  child: relationship('Child'),
});

export const Parent = Base.model('Parent', {
  tableName: 'left',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
  childAssociations: relationship('Association', { backPopulates: 'parent', cascade: 'all, delete-orphan' }),
  children: associationProxy('childAssociations', 'child', { creator: (child) => new Association({ child }) }),
});

export const Child = Base.model('Child', {
  tableName: 'right',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
});

export default Base;

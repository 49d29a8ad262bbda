/**
 * Many to many with a late-evaluated `secondary` (SQLAlchemy, Basic Relationship Patterns:
 * "Many To Many", callable form). The function is called by `configure()`, not when the
 * model is declared, so the table may be declared after the models that use it.
 *
 *   class Parent(Base):
 *       __tablename__ = 'left'
 *       id = Column(Integer, primary_key=True)
 *       children = relationship("Child", secondary=lambda: association_table, backref="parents")
 *
 * GraphQL: the same as many-to-many-backref.
 */
import { Column, ForeignKey, Integer, String, Table, declarativeBase, relationship } from 'relgraph';

const Base = declarativeBase();

export const Parent = Base.model('Parent', {
  tableName: 'left',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
  children: relationship('Child', { secondary: () => association, backref: 'parents' }),
});

export const Child = Base.model('Child', {
  tableName: 'right',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
});

export const association = Table(
  'association',
  Base.metadata,
  Column('left_id', Integer, ForeignKey('left.id')),
  Column('right_id', Integer, ForeignKey('right.id')),
);

export default Base;

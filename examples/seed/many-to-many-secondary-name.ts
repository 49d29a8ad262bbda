/**
 * Many to many with `secondary` given as a table name (SQLAlchemy, Basic Relationship
 * Patterns: "Many To Many", string form). The name is looked up among the tables of
 * `Base.metadata` by `configure()`. Unlike SQLAlchemy's string, it is never evaluated as code.
 *
 *   class Parent(Base):
 *       __tablename__ = 'left'
 *       id = Column(Integer, primary_key=True)
 *       children = relationship("Child", secondary="association", backref="parents")
 *
 * GraphQL: the same as many-to-many-backref.
 */
import { Column, ForeignKey, Integer, String, Table, declarativeBase, relationship } from 'relgraph';

const Base = declarativeBase();

Table('association', Base.metadata, Column('left_id', Integer, ForeignKey('left.id')), Column('right_id', Integer, ForeignKey('right.id')));

export const Parent = Base.model('Parent', {
  tableName: 'left',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
  children: relationship('Child', { secondary: 'association', backref: 'parents' }),
});

export const Child = Base.model('Child', {
  tableName: 'right',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
});

export default Base;

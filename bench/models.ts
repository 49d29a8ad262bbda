/**
 * The benchmark's models: a parent with children (one-to-many), tags through a plain `secondary`
 * (many-to-many), and an association object with an extra column whose other end is `child`.
 * Every list defaults to primary-key order.
 */
import { Column, ForeignKey, Integer, String, Table, declarativeBase, relationship } from 'relgraph';

const Base = declarativeBase();

/** The `secondary` of `Parent.tags` ↔ `Tag.parents`. */
export const parentTag = Table(
  'parent_tag',
  Base.metadata,
  Column('parent_id', Integer, ForeignKey('parent.id'), { primaryKey: true }),
  Column('tag_id', Integer, ForeignKey('tag.id'), { primaryKey: true }),
);

export const Parent = Base.model('Parent', {
  tableName: 'parent',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50), { nullable: false }),
  children: relationship('Child', { backPopulates: 'parent' }),
  tags: relationship('Tag', { secondary: parentTag, backPopulates: 'parents' }),
  associations: relationship('Association', { backPopulates: 'parent' }),
});

export const Child = Base.model('Child', {
  tableName: 'child',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50), { nullable: false }),
  parent_id: Column(Integer, ForeignKey('parent.id'), { nullable: false }),
  parent: relationship('Parent', { backPopulates: 'children' }),
  associations: relationship('Association', { backPopulates: 'child' }),
});

export const Tag = Base.model('Tag', {
  tableName: 'tag',
  id: Column(Integer, { primaryKey: true }),
  label: Column(String(50), { nullable: false }),
  parents: relationship('Parent', { secondary: parentTag, backPopulates: 'tags' }),
});

/** An association object: a parent's link to a child, carrying `extra_data`. */
export const Association = Base.model('Association', {
  tableName: 'association',
  parent_id: Column(Integer, ForeignKey('parent.id'), { primaryKey: true }),
  child_id: Column(Integer, ForeignKey('child.id'), { primaryKey: true }),
  extra_data: Column(String(50)),
  parent: relationship('Parent', { backPopulates: 'associations' }),
  child: relationship('Child', { backPopulates: 'associations' }),
});

export default Base;

/**
 * The cluster test's schema: the tables of the reliability suite (`test/reliability/models.ts`,
 * so that its seed and state readers apply), with `Parent.children` cascading deletes
 * (`all, delete-orphan`): deleting a parent deletes its children, and its `parent_tag` rows go
 * with it as every secondary row does.
 */
import { Column, ForeignKey, Integer, String as Str, Table, declarativeBase, relationship } from '../../src/index.js';

const Base = declarativeBase();

const parentTag = Table(
  'parent_tag',
  Base.metadata,
  Column('parent_id', Integer, ForeignKey('parent.id')),
  Column('tag_id', Integer, ForeignKey('tag.id')),
);

Base.model('Parent', {
  tableName: 'parent',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(100), { nullable: false }),
  owner: Column(Str(50)),
  children: relationship('Child', { backPopulates: 'parent', cascade: 'all, delete-orphan' }),
  tags: relationship('Tag', { secondary: parentTag, backPopulates: 'parents' }),
});

Base.model('Child', {
  tableName: 'child',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(100)),
  secret: Column(Integer, { nullable: false, default: 0 }),
  parent_id: Column(Integer, ForeignKey('parent.id')),
  parent: relationship('Parent', { backPopulates: 'children' }),
});

Base.model('Tag', {
  tableName: 'tag',
  id: Column(Integer, { primaryKey: true }),
  label: Column(Str(100)),
  parents: relationship('Parent', { secondary: parentTag, backPopulates: 'tags' }),
});

export default Base;

/**
 * The schema of the reliability suite (`docs/reliability.md` §4.0): `parent`, `child`
 * (`parent_id` → `parent.id`), `tag`, and the secondary `parent_tag`, declared without a primary
 * key as in the seed (relgraph's `createAll` gives it one over both foreign keys). `Ghost` maps a
 * table the suite never creates: reading it is a database error on demand, which production
 * must mask and development must show.
 */
import { Column, ForeignKey, Integer, String as Str, Table, declarativeBase, relationship } from '../../src/index.js';

const Base = declarativeBase();

export const parentTag = Table(
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
  children: relationship('Child', { backPopulates: 'parent' }),
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

Base.model('Ghost', {
  tableName: 'ghost',
  id: Column(Integer, { primaryKey: true }),
});

export default Base;

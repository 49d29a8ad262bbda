/**
 * The blog that every mounting example serves: authors write posts, and posts carry tags
 * through a many-to-many (`post_tag`). The same declarations as anywhere else in relgraph,
 * configured once: every server in the process shares the one mapping.
 */
import { Boolean, Column, ForeignKey, Integer, String, Table, Text, configure, declarativeBase, relationship } from 'relgraph';

const Base = declarativeBase();

const postTag = Table(
  'post_tag',
  Base.metadata,
  Column('post_id', Integer, ForeignKey('post.id')),
  Column('tag_id', Integer, ForeignKey('tag.id')),
);

export const Author = Base.model('Author', {
  tableName: 'author',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(80), { nullable: false }),
  email: Column(String(120)),
  posts: relationship('Post', { backPopulates: 'author' }),
});

export const Post = Base.model('Post', {
  tableName: 'post',
  id: Column(Integer, { primaryKey: true }),
  // Unique: a post's title makes its URL.
  title: Column(String(200), { nullable: false, unique: true }),
  body: Column(Text),
  published: Column(Boolean, { nullable: false, default: false }),
  author_id: Column(Integer, ForeignKey('author.id'), { nullable: false }),
  author: relationship('Author', { backPopulates: 'posts' }),
  tags: relationship('Tag', { secondary: postTag, backPopulates: 'posts' }),
});

export const Tag = Base.model('Tag', {
  tableName: 'tag',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(40), { nullable: false, unique: true }),
  posts: relationship('Post', { secondary: postTag, backPopulates: 'tags' }),
});

/** The resolved declarations; `createHandler(mapping, ...)` and `createRelgraph(mapping, ...)` take it. */
export const mapping = configure(Base);

export default Base;

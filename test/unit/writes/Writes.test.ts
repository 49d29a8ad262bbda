/**
 * `writes/Writes.ts` without GraphQL: a session, the viewer's access and loaders over SQLite,
 * called as another transport would call them. What a mutation does — the rows written, the
 * payload read back, the rules and the version checked — holds with no schema in sight.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Access } from '../../../src/access/Access.js';
import { Column, ForeignKey, Integer, String as Str, Table, declarativeBase, relationship } from '../../../src/declare/index.js';
import { createAll } from '../../../src/dialect/createAll.js';
import { RelgraphError } from '../../../src/errors/RelgraphError.js';
import { FieldIndex } from '../../../src/inflect/FieldIndex.js';
import { createInflection } from '../../../src/inflect/inflection.js';
import { createLoaders } from '../../../src/loaders/Loaders.js';
import { definePolicy } from '../../../src/policy/index.js';
import { configure } from '../../../src/session/configure.js';
import { Session } from '../../../src/session/index.js';
import { type WriteScope, Writes } from '../../../src/writes/Writes.js';
import { createTestDriver, selectRows, type TestDriver } from '../../support/index.js';
import { sqliteFor } from '../../support/requireDialect.js';

const Base = declarativeBase();
const postTag = Table(
  'post_tag',
  Base.metadata,
  Column('post_id', Integer, ForeignKey('post.id')),
  Column('tag_id', Integer, ForeignKey('tag.id')),
);
Base.model('Post', {
  tableName: 'post',
  versionIdCol: 'version',
  id: Column(Integer, { primaryKey: true }),
  title: Column(Str(40), { nullable: false }),
  version: Column(Integer, { nullable: false }),
  tags: relationship('Tag', { secondary: postTag, backPopulates: 'posts' }),
  comments: relationship('Comment', { backPopulates: 'post', cascade: 'all, delete-orphan' }),
});
Base.model('Tag', {
  tableName: 'tag',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(20), { nullable: false }),
  posts: relationship('Post', { secondary: postTag, backPopulates: 'tags' }),
});
Base.model('Comment', {
  tableName: 'comment',
  id: Column(Integer, { primaryKey: true }),
  body: Column(Str(40), { nullable: false }),
  post_id: Column(Integer, ForeignKey('post.id'), { nullable: false }),
  post: relationship('Post', { backPopulates: 'comments' }),
});
const mapping = configure(Base);
const model = (name: string) => mapping.model(name)!;
const inflection = createInflection();
const fields = new FieldIndex(inflection);
const writes = new Writes(inflection, fields);

const sqlite = sqliteFor('Writes without GraphQL');
describe.runIf(sqlite)('writes/Writes.ts without GraphQL (sqlite)', () => {
  let driver: TestDriver;

  /** One unit of work as the server opens it: a session and loaders on one connection. */
  const scope = (viewer?: unknown, policy?: Parameters<typeof definePolicy>[0]): WriteScope => ({
    session: new Session({ mapping, executor: driver, dialect: driver.dialect }),
    dialect: driver.dialect,
    access: new Access(policy ? definePolicy(policy) : undefined, viewer, fields, inflection),
    loaders: createLoaders({ dialect: driver.dialect, executor: driver }),
  });
  const codeOf = async (promise: Promise<unknown>) => {
    try {
      await promise;
    } catch (error) {
      return error instanceof RelgraphError ? error.code : String(error);
    }
    return 'no error';
  };

  beforeEach(async () => {
    driver = await createTestDriver(sqlite!);
    await createAll(mapping, driver);
    await driver.execute({ sql: "INSERT INTO tag (id, name) VALUES (1, 'a'), (2, 'b')", params: [], kind: 'insert' });
  });
  afterEach(() => driver?.drop());

  it('creates a row with nested children and links, and answers the row it wrote', async () => {
    const payload = await writes.create(
      scope(),
      { name: 'createPost', model: model('Post') },
      { title: 'hello', tags: { connect: [{ id: 2 }] }, comments: { create: [{ body: 'first' }] } },
    );
    expect(payload).toMatchObject({ id: 1, title: 'hello', version: 1 });
    expect(await selectRows(driver, 'SELECT * FROM post_tag')).toEqual([{ post_id: 1, tag_id: 2 }]);
    expect(await selectRows(driver, 'SELECT * FROM comment')).toEqual([{ id: 1, body: 'first', post_id: 1 }]);
  });

  it('updates by key with the expected version, and refuses a stale one with nothing written', async () => {
    await writes.create(scope(), { name: 'createPost', model: model('Post') }, { title: 'one' });
    const updated = await writes.update(scope(), { name: 'updatePost', model: model('Post') }, [1], { title: 'two' }, 1);
    expect(updated).toMatchObject({ title: 'two', version: 2 });
    expect(await codeOf(writes.update(scope(), { name: 'updatePost', model: model('Post') }, [1], { title: 'three' }, 1))).toBe(
      'STALE_DATA',
    );
    expect(await selectRows(driver, 'SELECT * FROM post')).toEqual([{ id: 1, title: 'two', version: 2 }]);
  });

  it('adds and removes one link, and answers NOT_FOUND for a missing end', async () => {
    await writes.create(scope(), { name: 'createPost', model: model('Post') }, { title: 'p' });
    const tags = mapping.model('Post')!.relationships.find((r) => r.name === 'tags')!;
    await writes.link(scope(), { name: 'addPostTag', model: model('Post') }, tags, 'add', [1], [1], {});
    expect(await selectRows(driver, 'SELECT * FROM post_tag')).toEqual([{ post_id: 1, tag_id: 1 }]);
    expect(await codeOf(writes.link(scope(), { name: 'addPostTag', model: model('Post') }, tags, 'add', [1], [9], {}))).toBe('NOT_FOUND');
    await writes.link(scope(), { name: 'removePostTag', model: model('Post') }, tags, 'remove', [1], [1], {});
    expect(await selectRows(driver, 'SELECT * FROM post_tag')).toEqual([]);
  });

  it('deletes with cascades and answers the row as it was', async () => {
    await writes.create(scope(), { name: 'createPost', model: model('Post') }, { title: 'p', comments: { create: [{ body: 'c' }] } });
    const before = await writes.delete(scope(), { name: 'deletePost', model: model('Post') }, [1], undefined);
    expect(before).toMatchObject({ id: 1, title: 'p' });
    expect(await selectRows(driver, 'SELECT * FROM comment')).toEqual([]);
    expect(await selectRows(driver, 'SELECT * FROM post')).toEqual([]);
  });

  it("applies the viewer's rules: a create the policy refuses writes nothing", async () => {
    const readOnly = scope({ role: 'reader' }, { Post: { read: true, create: false }, Tag: { read: true }, Comment: { read: true } });
    expect(await codeOf(writes.create(readOnly, { name: 'createPost', model: model('Post') }, { title: 'no' }))).toBe('FORBIDDEN');
    expect(await selectRows(driver, 'SELECT * FROM post')).toEqual([]);
  });

  it('previews a delete without writing', async () => {
    const { previewDelete } = await import('../../../src/writes/previewDelete.js');
    await writes.create(scope(), { name: 'createPost', model: model('Post') }, { title: 'p', comments: { create: [{ body: 'c' }] } });
    const preview = await previewDelete(scope(), { name: 'previewDeletePost', model: model('Post') }, [1], inflection);
    expect(preview.deleted.map((group) => [group.table.name, group.rows.length])).toEqual([
      ['post', 1],
      ['comment', 1],
    ]);
    expect(await selectRows(driver, 'SELECT * FROM comment')).toHaveLength(1);
  });
});

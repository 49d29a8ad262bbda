/**
 * What a link write holds until COMMIT, on MariaDB (READ COMMITTED, where a DELETE that finds
 * no row locks nothing): a mutation that removes a link keeps another request from making that
 * link again until the operation ends, so its own later fields — and its payload — never show
 * the link it removed; one that adds a link keeps it from being removed; `set` keeps other links
 * from being made to its owner. Each test holds the operation open between its fields with a row
 * lock taken on another connection, and writes the same link from a third one meanwhile, with a
 * one-second lock wait.
 *
 * Found by the Galera cluster test: `removeParentTag` had read both ends with shared locks, and a
 * link made on another node between its DELETE and its payload read showed in the payload.
 */
import { createConnection, type Connection } from 'mysql2/promise';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Column, ForeignKey, Integer, String as Str, Table, declarativeBase, relationship } from '../../src/declare/index.js';
import { createAll } from '../../src/dialect/createAll.js';
import { createRelgraph, type Relgraph } from '../../src/index.js';
import { configure } from '../../src/session/configure.js';
import { createTestDriver, deleteRows, insertRows, recordStatements, selectRows, type TestDriver } from '../support/index.js';
import { mariadbFor } from '../support/requireDialect.js';
import { parse } from 'graphql';

const Base = declarativeBase();
const parentTag = Table(
  'parent_tag',
  Base.metadata,
  Column('parent_id', Integer, ForeignKey('parent.id'), { primaryKey: true }),
  Column('tag_id', Integer, ForeignKey('tag.id'), { primaryKey: true }),
);
Base.model('Parent', {
  tableName: 'parent',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(20)),
  tags: relationship('Tag', { secondary: parentTag, backPopulates: 'parents' }),
});
Base.model('Tag', {
  tableName: 'tag',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(20)),
  parents: relationship('Parent', { secondary: parentTag, backPopulates: 'tags' }),
});
const mapping = configure(Base);

/** Parent 1 is linked to tag 5 only; tag 99 is the row the holder locks to pause the operation. */
const LINKED = 5;
const UNLINKED = 6;

const mariadb = mariadbFor('mariadb: what a link write holds until COMMIT');
describe.skipIf(!mariadb)('mariadb: what a link write holds until COMMIT', () => {
  const log = recordStatements();
  let driver: TestDriver;
  let relgraph: Relgraph;
  /** Holds tag 99 for update, so that the operation's field that updates it waits. */
  let holder: Connection;
  /** Writes the same link while the operation waits, giving up after one second. */
  let other: Connection;

  beforeAll(async () => {
    driver = await createTestDriver(mariadb!, { onStatement: log.onStatement });
    await createAll(mapping, driver);
    relgraph = createRelgraph(mapping, { driver });
    holder = await createConnection(driver.url);
    other = await createConnection(driver.url);
    await other.query('SET SESSION innodb_lock_wait_timeout = 1');
  });
  afterAll(async () => {
    await holder?.end();
    await other?.end();
    await driver?.drop();
  });
  beforeEach(async () => {
    await deleteRows(driver, ['parent_tag', 'tag', 'parent']);
    await insertRows(driver, 'parent', [{ id: 1, name: 'p' }]);
    await insertRows(
      driver,
      'tag',
      [LINKED, UNLINKED, 99].map((id) => ({ id, name: `t${id}` })),
    );
    await insertRows(driver, 'parent_tag', [{ parent_id: 1, tag_id: LINKED }]);
    log.clear();
  });
  afterEach(() => holder.query('ROLLBACK'));

  const links = async () =>
    (await selectRows(driver, 'SELECT parent_id, tag_id FROM parent_tag ORDER BY parent_id, tag_id')).map(
      (row) => `${Number(row['parent_id'])}:${Number(row['tag_id'])}`,
    );

  /**
   * Runs `first` as the operation's first field, then pauses it (its second field waits for tag
   * 99, which `holder` holds) while `meanwhile` runs on `other`, then lets it go. The third field
   * reads parent 1's tags in the same transaction. Hands back the answer and what `meanwhile` met.
   */
  async function pausedAfter(first: string, meanwhile: string): Promise<{ data: any; errors: unknown; meanwhile: string }> {
    await holder.query('START TRANSACTION');
    await holder.query('SELECT id FROM tag WHERE id = 99 FOR UPDATE');
    const answer = relgraph.execute({
      schema: relgraph.schema,
      document: parse(
        `mutation { first: ${first} { id } pause: updateTag(id: 99, input: { name: "held" }) { id } after: updateParent(id: 1, input: { name: "q" }) { tags { id } } }`,
      ),
      contextValue: relgraph.createContext(),
    });
    await waitForLockWait();
    let met = 'done';
    try {
      await other.query(meanwhile);
    } catch (error) {
      met = (error as { code?: string }).code ?? String(error);
    }
    await holder.query('COMMIT');
    const { data, errors } = await answer;
    return { data, errors, meanwhile: met };
  }

  /**
   * Until the operation's `updateTag` waits for the holder's lock (a user sees its own
   * connections' statements); up to 10 s, for a machine busy with other test files.
   */
  async function waitForLockWait(): Promise<void> {
    for (const until = Date.now() + 10_000; Date.now() < until; ) {
      const [rows] = await other.query("SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST WHERE INFO LIKE 'UPDATE `tag`%'");
      if (Number((rows as Array<{ n: number }>)[0]!.n) > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error('the operation never waited for the held row');
  }

  it.each([
    ['removeParentTag', `removeParentTag(id: 1, tagId: ${UNLINKED})`],
    ['removeTagParent (the other side)', `removeTagParent(id: ${UNLINKED}, parentId: 1)`],
    ['a nested disconnect', `updateParent(id: 1, input: { tags: { disconnect: [{ id: ${UNLINKED} }] } })`],
    ['a nested disconnect from the other side', `updateTag(id: ${UNLINKED}, input: { parents: { disconnect: [{ id: 1 }] } })`],
  ])('%s of a link that is not there keeps it from being made until COMMIT', async (_, removal) => {
    const answer = await pausedAfter(removal, `INSERT INTO parent_tag (parent_id, tag_id) VALUES (1, ${UNLINKED})`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.after.tags).toEqual([{ id: LINKED }]);
    // The INSERT waited for the removal's lock and gave up (1205: lock wait timeout).
    expect(answer.meanwhile).toBe('ER_LOCK_WAIT_TIMEOUT');
    expect(await links()).toEqual([`1:${LINKED}`]);
  });

  it.each([
    ['addParentTag', `addParentTag(id: 1, tagId: ${LINKED})`],
    ['a nested connect', `updateParent(id: 1, input: { tags: { connect: [{ id: ${LINKED} }] } })`],
  ])('%s of a link that is there keeps it from being removed until COMMIT', async (_, addition) => {
    const answer = await pausedAfter(addition, `DELETE FROM parent_tag WHERE parent_id = 1 AND tag_id = ${LINKED}`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.after.tags).toEqual([{ id: LINKED }]);
    expect(answer.meanwhile).toBe('ER_LOCK_WAIT_TIMEOUT');
    expect(await links()).toEqual([`1:${LINKED}`]);
  });

  it('set keeps other links from being made to its owner until COMMIT', async () => {
    const answer = await pausedAfter(
      `updateParent(id: 1, input: { tags: { set: [{ id: ${LINKED} }] } })`,
      `INSERT INTO parent_tag (parent_id, tag_id) VALUES (1, ${UNLINKED})`,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data.after.tags).toEqual([{ id: LINKED }]);
    expect(answer.meanwhile).toBe('ER_LOCK_WAIT_TIMEOUT');
    expect(await links()).toEqual([`1:${LINKED}`]);
  });

  it('locks the ends of an addition shared and of a removal for update', async () => {
    await relgraph.execute({
      schema: relgraph.schema,
      document: parse(`mutation { addParentTag(id: 1, tagId: ${UNLINKED}) { id } }`),
      contextValue: relgraph.createContext(),
    });
    await relgraph.execute({
      schema: relgraph.schema,
      document: parse(`mutation { removeParentTag(id: 1, tagId: ${UNLINKED}) { id } }`),
      contextValue: relgraph.createContext(),
    });
    const locking = log.selects.map((event) => event.sql).filter((sql) => / FOR UPDATE$| LOCK IN SHARE MODE$/.test(sql));
    expect(locking).toEqual([
      expect.stringMatching(/^SELECT .* FROM `parent` .* LOCK IN SHARE MODE$/),
      expect.stringMatching(/^SELECT .* FROM `parent` .* FOR UPDATE$/),
    ]);
  });
});

/**
 * Optimistic locking (`versionIdCol`, SQLAlchemy's `version_id_col`): a new row starts at
 * version 1, every UPDATE and DELETE checks the version it read and an UPDATE bumps it, and a
 * write that meets a newer row fails with STALE_DATA and changes nothing — through GraphQL and
 * through the Session, with two clients racing, on every dialect.
 */
import type { GraphQLInputObjectType, GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  Column,
  DateTime,
  ForeignKey,
  Integer,
  Session,
  StaleDataError,
  String as Str,
  buildSchema,
  configure,
  declarativeBase,
  printSchemaSdl,
  relationship,
} from '../../src/index.js';
import {
  createTestApi,
  createTestDriver,
  DIALECTS,
  insertRows,
  recordStatements,
  selectRows,
  type TestApi,
  type TestDriver,
} from '../support/index.js';
import { mariadbFor } from '../support/requireDialect.js';

const Base = declarativeBase();
const Parent = Base.model('Parent', {
  tableName: 'parent',
  versionIdCol: 'version',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(50), { nullable: false }),
  version: Column(Integer, { nullable: false }),
  children: relationship('Child', { backPopulates: 'parent' }),
});
const Child = Base.model('Child', {
  tableName: 'child',
  versionIdCol: 'version_id',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(50), { nullable: false }),
  parent_id: Column(Integer, ForeignKey('parent.id')),
  version_id: Column(Integer, { nullable: false }),
  parent: relationship('Parent', { backPopulates: 'children' }),
});
Base.model('Note', {
  tableName: 'note',
  versionIdCol: 'updated_at',
  id: Column(Integer, { primaryKey: true }),
  body: Column(Str(50), { nullable: false }),
  updated_at: Column(DateTime, { nullable: false }),
});

const stale = (model: string, key: string, version: unknown) =>
  `${model} with ${key} was changed or deleted by someone else since it was read (version ${JSON.stringify(version)} expected). Read it again and retry.`;

describe('schema: optimistic locking', () => {
  const schema = buildSchema(configure(Base));
  const sdl = printSchemaSdl(schema);
  const mutation = (name: string) => schema.getMutationType()!.getFields()[name]!;
  const signature = (name: string) =>
    `${name}(${mutation(name)
      .args.map((arg) => `${arg.name}: ${String(arg.type)}`)
      .join(', ')}): ${String(mutation(name).type)}`;
  const inputFields = (name: string) => Object.keys((schema.getType(name) as GraphQLInputObjectType).getFields());

  it('takes the version read on update and delete, and never as a value to write', () => {
    expect(signature('updateParent')).toBe('updateParent(id: Int!, version: Int, input: ParentUpdateInput!): Parent!');
    expect(signature('deleteParent')).toBe('deleteParent(id: Int!, version: Int): Parent!');
    expect(signature('updateChild')).toBe('updateChild(id: Int!, versionId: Int, input: ChildUpdateInput!): Child!');
    expect(signature('updateNote')).toBe('updateNote(id: Int!, updatedAt: DateTime, input: NoteUpdateInput!): Note!');
    expect(inputFields('ParentCreateInput')).toEqual(['id', 'name', 'children']);
    expect(inputFields('ParentUpdateInput')).toEqual(['name', 'children']);
    expect(inputFields('NoteCreateInput')).toEqual(['id', 'body']);
  });

  it('explains the version field, the argument and the mutation in the schema', () => {
    expect(sdl).toContain(
      '  """\n  The row\'s version, for optimistic locking: 1 when created, and one more with every update. Send it back as `version` to updateParent or deleteParent, which then fail with STALE_DATA if someone else changed the row since you read it.\n  """\n  version: Int!',
    );
    expect(mutation('updateParent').args.find((arg) => arg.name === 'version')!.description).toBe(
      'The version of the Parent as you read it. The update happens only if the row still has it; otherwise it fails with STALE_DATA and nothing is written. Left out, the update fails with STALE_DATA only if another request changes the row while this one runs.',
    );
    expect(mutation('deleteParent').description).toBe(
      'Deletes a Parent and returns it as it was; NOT_FOUND when there is none. STALE_DATA when the row is not at the version given, or changes meanwhile.',
    );
    expect((schema.getType('Note') as GraphQLObjectType).getFields()['updatedAt']!.description).toMatch(
      /^The row's version, for optimistic locking: the time of its last write/,
    );
  });
});

describe('schema: a versioned model with nothing else to update', () => {
  it('gets no update mutation, since its version is not for clients to write', () => {
    const Bare = declarativeBase();
    Bare.model('Token', {
      tableName: 'token',
      versionIdCol: 'version',
      id: Column(Integer, { primaryKey: true }),
      version: Column(Integer, { nullable: false }),
    });
    const fields = buildSchema(configure(Bare)).getMutationType()!.getFields();
    expect(Object.keys(fields).filter((name) => name.endsWith('Token'))).not.toContain('updateToken');
    expect(fields['deleteToken']!.args.map((arg) => arg.name)).toEqual(['id', 'version']);
  });
});

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: optimistic locking`, () => {
    const log = recordStatements();
    let driver: TestDriver;
    let api: TestApi;
    const q = (name: string) => (dialect.name === 'sqlite' ? `"${name}"` : `\`${name}\``);
    const rows = (table: string) => selectRows(driver, `SELECT * FROM ${q(table)} ORDER BY id`);
    /** Every table's rows, to prove a refused write left the database as it was. */
    const snapshot = async () => ({ parent: await rows('parent'), child: await rows('child'), note: await rows('note') });
    const refused = async (query: string, variables?: Record<string, unknown>) => {
      const result = await api.query(query, variables);
      expect(result.data ?? null).toBeNull();
      expect(result.errors).toHaveLength(1);
      return result.errors![0]!;
    };

    beforeAll(async () => {
      driver = await createTestDriver(dialect, { onStatement: log.onStatement });
      api = await createTestApi(Base, driver);
    });
    afterAll(() => driver?.drop());
    beforeEach(async () => {
      for (const table of ['note', 'child', 'parent']) {
        await driver.execute({ sql: `DELETE FROM ${q(table)}`, params: [], kind: 'delete' });
      }
      await insertRows(driver, 'parent', [
        { id: 1, name: 'p1', version: 1 },
        { id: 2, name: 'p2', version: 5 },
      ]);
      await insertRows(
        driver,
        'child',
        [1, 2, 3, 4, 5].map((id) => ({ id, name: `c${id}`, parent_id: id <= 4 ? 1 : null, version_id: 1 })),
      );
      log.clear();
    });

    describe('through GraphQL', () => {
      it('starts a new row at version 1 and bumps it with every update', async () => {
        const { createParent } = await api.data('mutation { createParent(input: { name: "new" }) { id version } }');
        expect(createParent.version).toBe(1);
        const { updateParent } = await api.data(
          `mutation { updateParent(id: ${createParent.id}, version: 1, input: { name: "renamed" }) { name version } }`,
        );
        expect(updateParent).toEqual({ name: 'renamed', version: 2 });
        const { again } = await api.data(`mutation { again: updateParent(id: ${createParent.id}, input: { name: "again" }) { version } }`);
        expect(again.version).toBe(3);
        expect((await rows('parent')).find((row) => row['id'] === createParent.id)).toEqual({
          id: createParent.id,
          name: 'again',
          version: 3,
        });
      });

      it('writes the version check and the bump into the UPDATE itself', async () => {
        await api.data('mutation { updateParent(id: 2, version: 5, input: { name: "x" }) { version } }');
        const updates = log.updates.map((event) => event.sql);
        expect(updates).toEqual([
          dialect.name === 'sqlite'
            ? 'UPDATE "parent" SET "name" = ?, "version" = "version" + 1 WHERE ("parent"."version" = ? AND "parent"."id" IN (?))'
            : 'UPDATE `parent` SET `name` = ?, `version` = `version` + 1 WHERE (`parent`.`version` = ? AND `parent`.`id` IN (?))',
        ]);
        expect(log.updates[0]!.params).toEqual(['x', 5, 2]);
      });

      it('refuses an update with a stale version with STALE_DATA, and changes nothing', async () => {
        const before = await snapshot();
        const error = await refused('mutation { updateParent(id: 2, version: 4, input: { name: "lost" }) { id } }');
        expect(error.extensions?.code).toBe('STALE_DATA');
        expect(error.message).toBe(stale('Parent', 'id 2', 4));
        expect(error.path).toEqual(['updateParent']);
        expect(await snapshot()).toEqual(before);
        expect(log.updates).toHaveLength(0);
      });

      it('refuses a delete with a stale version with STALE_DATA, and deletes nothing', async () => {
        const before = await snapshot();
        const error = await refused('mutation { deleteParent(id: 2, version: 6) { id } }');
        expect(error.extensions?.code).toBe('STALE_DATA');
        expect(error.message).toBe(stale('Parent', 'id 2', 6));
        expect(await snapshot()).toEqual(before);
      });

      it('deletes at the version read, checking it in the DELETE', async () => {
        const { deleteParent } = await api.data('mutation { deleteParent(id: 2, version: 5) { id name version } }');
        expect(deleteParent).toEqual({ id: 2, name: 'p2', version: 5 });
        expect(log.deletes.map((event) => event.sql)).toEqual([
          dialect.name === 'sqlite'
            ? 'DELETE FROM "parent" WHERE ("parent"."version" = ? AND "parent"."id" IN (?))'
            : 'DELETE FROM `parent` WHERE (`parent`.`version` = ? AND `parent`.`id` IN (?))',
        ]);
        expect((await rows('parent')).map((row) => row['id'])).toEqual([1]);
      });

      it('rolls back a whole operation when one of its writes is stale', async () => {
        const before = await snapshot();
        const error = await refused(`mutation {
          a: updateParent(id: 1, version: 1, input: { name: "a" }) { id }
          b: updateChild(id: 3, versionId: 1, input: { name: "b" }) { id }
          c: updateChild(id: 4, versionId: 7, input: { name: "c" }) { id }
        }`);
        expect(error.extensions?.code).toBe('STALE_DATA');
        expect(error.message).toBe(stale('Child', 'id 4', 7));
        expect(error.path).toEqual(['c']);
        expect(await snapshot()).toEqual(before);
      });

      it('is not retried as a deadlock is: one transaction, one answer', async () => {
        await refused('mutation { updateParent(id: 2, version: 1, input: { name: "x" }) { id } }');
        const begins = log.transactionControl.filter((event) => /^(BEGIN|START TRANSACTION)/i.test(event.sql));
        expect(begins).toHaveLength(1);
      });

      it('bumps the version of a row a link mutation writes', async () => {
        await api.data('mutation { addParentChild(id: 2, childId: 5) { id } }');
        expect((await rows('child')).find((row) => row['id'] === 5)).toEqual({ id: 5, name: 'c5', parent_id: 2, version_id: 2 });
        expect((await rows('parent')).find((row) => row['id'] === 2)!['version']).toBe(5);
      });

      it("bumps the versions of the children a parent's delete unlinks", async () => {
        await api.data('mutation { deleteParent(id: 1, version: 1) { id } }');
        expect((await rows('child')).map((row) => [row['id'], row['parent_id'], row['version_id']])).toEqual([
          [1, null, 2],
          [2, null, 2],
          [3, null, 2],
          [4, null, 2],
          [5, null, 1],
        ]);
      });

      it('lets exactly one of two clients that read the same version write, round after round', async () => {
        for (let round = 1; round <= 5; round++) {
          const { parent } = await api.data('{ parent(id: 1) { version } }');
          expect(parent.version).toBe(round);
          const write = (name: string) =>
            api.query(`mutation { updateParent(id: 1, version: ${parent.version}, input: { name: "${name}" }) { name version } }`);
          const answers = await Promise.all([write(`first-${round}`), write(`second-${round}`)]);
          const won = answers.filter((answer) => !answer.errors);
          const lost = answers.filter((answer) => answer.errors);
          expect(won).toHaveLength(1);
          expect(lost).toHaveLength(1);
          expect(lost[0]!.data ?? null).toBeNull();
          expect(lost[0]!.errors!.map((e) => [e.extensions?.code, e.message])).toEqual([['STALE_DATA', stale('Parent', 'id 1', round)]]);
          const winner = won[0]!.data.updateParent;
          expect(winner.version).toBe(round + 1);
          expect((await rows('parent'))[0]).toEqual({ id: 1, name: winner.name, version: round + 1 });
        }
      });

      it('lets a delete and an update that read the same version race: one of them happens, whole', async () => {
        const update = api.query('mutation { updateChild(id: 5, versionId: 1, input: { name: "kept" }) { versionId } }');
        const remove = api.query('mutation { deleteChild(id: 5, versionId: 1) { id } }');
        const [updated, deleted] = await Promise.all([update, remove]);
        const after = (await rows('child')).find((row) => row['id'] === 5);
        if (updated.errors) {
          expect(updated.errors.map((e) => e.extensions?.code)).toEqual([expect.stringMatching(/^(STALE_DATA|NOT_FOUND)$/)]);
          expect(deleted.errors).toBeUndefined();
          expect(after).toBeUndefined();
        } else {
          expect(deleted.errors!.map((e) => e.extensions?.code)).toEqual(['STALE_DATA']);
          expect(after).toEqual({ id: 5, name: 'kept', parent_id: null, version_id: 2 });
        }
      });

      it('uses the time of each write as a DateTime version, always later than the last', async () => {
        const { createNote } = await api.data('mutation { createNote(input: { body: "b" }) { id updatedAt } }');
        expect(Date.parse(createNote.updatedAt)).not.toBeNaN();
        const { first } = await api.data(
          `mutation { first: updateNote(id: ${createNote.id}, updatedAt: "${createNote.updatedAt}", input: { body: "c" }) { updatedAt } }`,
        );
        const { second } = await api.data(
          `mutation { second: updateNote(id: ${createNote.id}, updatedAt: "${first.updatedAt}", input: { body: "d" }) { updatedAt } }`,
        );
        expect(Date.parse(first.updatedAt)).toBeGreaterThan(Date.parse(createNote.updatedAt));
        expect(Date.parse(second.updatedAt)).toBeGreaterThan(Date.parse(first.updatedAt));
        const before = await snapshot();
        const error = await refused(
          `mutation { updateNote(id: ${createNote.id}, updatedAt: "${first.updatedAt}", input: { body: "lost" }) { id } }`,
        );
        expect([error.extensions?.code, error.message]).toEqual(['STALE_DATA', stale('Note', `id ${createNote.id}`, first.updatedAt)]);
        expect(await snapshot()).toEqual(before);
      });
    });

    describe('through the Session', () => {
      const mapping = configure(Base);
      const session = () => new Session({ mapping, executor: driver, dialect: driver.dialect });

      it('holds the new version after a flush', async () => {
        const s = session();
        const parent = (await s.get(Parent, 2))!;
        parent.name = 'renamed';
        await s.commit();
        expect(parent.version).toBe(6);
        parent.name = 'again';
        await s.commit();
        expect(parent.version).toBe(7);
        const child = new Child({ name: 'new', parent });
        s.add(child);
        await s.commit();
        expect(child.version_id).toBe(1);
      });

      it('raises StaleDataError when another session changed the row since it was read, and writes nothing', async () => {
        const mine = session();
        const parent = (await mine.get(Parent, 1))!;
        const theirs = session();
        (await theirs.get(Parent, 1))!.name = 'theirs';
        await theirs.commit();
        const before = await snapshot();
        parent.name = 'mine';
        const error = await mine.commit().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(StaleDataError);
        expect((error as StaleDataError).code).toBe('STALE_DATA');
        expect((error as StaleDataError).message).toBe(stale('Parent', 'id 1', 1));
        expect(await snapshot()).toEqual(before);
      });

      it('raises StaleDataError for a row deleted since it was read', async () => {
        const mine = session();
        const child = (await mine.get(Child, 5))!;
        await driver.execute({ sql: `DELETE FROM ${q('child')} WHERE id = 5`, params: [], kind: 'delete' });
        mine.delete(child);
        await expect(mine.commit()).rejects.toThrow(stale('Child', 'id 5', 1));
      });

      it('fails a batch of rows as a whole when one of them is stale, naming that one', async () => {
        const mine = session();
        const children = await mine.getMany(Child, [1, 2, 3, 4, 5]);
        await driver.execute({ sql: `UPDATE ${q('child')} SET version_id = 2 WHERE id = 3`, params: [], kind: 'update' });
        const before = await snapshot();
        for (const child of children) child!.name = 'same';
        log.clear();
        await expect(mine.commit()).rejects.toThrow(stale('Child', 'id 3', 1));
        // Several rows are read first, locked, so that the stale one can be named: then no UPDATE is sent.
        expect(log.selects).toHaveLength(1);
        expect(log.updates).toHaveLength(0);
        expect(await snapshot()).toEqual(before);
      });

      it('names every stale row of a batch in the count', async () => {
        const mine = session();
        const children = await mine.getMany(Child, [1, 2, 3]);
        await driver.execute({ sql: `UPDATE ${q('child')} SET version_id = 9 WHERE id IN (2, 3)`, params: [], kind: 'update' });
        for (const child of children) child!.name = 'same';
        await expect(mine.commit()).rejects.toThrow(
          'Child with id 2 (version 1 expected) and 1 more Child row were changed or deleted by someone else since they were read. Read them again and retry.',
        );
      });

      it('checks rows at different versions in one statement', async () => {
        await driver.execute({ sql: `UPDATE ${q('child')} SET version_id = 4 WHERE id = 2`, params: [], kind: 'update' });
        const mine = session();
        const children = await mine.getMany(Child, [1, 2]);
        for (const child of children) child!.name = 'same';
        log.clear();
        await mine.commit();
        expect(log.selects).toHaveLength(1);
        expect(log.updates.map((event) => event.sql)).toEqual([
          dialect.name === 'sqlite'
            ? 'UPDATE "child" SET "name" = ?, "version_id" = "version_id" + 1 WHERE (("child"."version_id" = ? AND "child"."id" IN (?)) OR ("child"."version_id" = ? AND "child"."id" IN (?)))'
            : 'UPDATE `child` SET `name` = ?, `version_id` = `version_id` + 1 WHERE ((`child`.`version_id` = ? AND `child`.`id` IN (?)) OR (`child`.`version_id` = ? AND `child`.`id` IN (?)))',
        ]);
        expect(children.map((child) => child!.version_id)).toEqual([2, 5]);
        expect((await rows('child')).slice(0, 2).map((row) => row['version_id'])).toEqual([2, 5]);
      });
    });
  });
}

const mariadb = mariadbFor('mariadb: optimistic locking between transactions');
describe.skipIf(!mariadb)('mariadb: optimistic locking between transactions', () => {
  let driver: TestDriver;
  const mapping = configure(Base);

  beforeAll(async () => {
    driver = await createTestDriver(mariadb!);
    await createTestApi(Base, driver);
    await insertRows(driver, 'parent', [{ id: 1, name: 'p1', version: 1 }]);
  });
  afterAll(() => driver?.drop());

  it('refuses the UPDATE of a row another transaction committed since this one read it', async () => {
    const error = await driver
      .transaction(async (tx) => {
        const mine = new Session({ mapping, executor: tx, dialect: driver.dialect });
        const parent = (await mine.get(Parent, 1))!;
        // Committed while this transaction is open: its snapshot still shows version 1.
        await driver.transaction(async (other) => {
          const theirs = new Session({ mapping, executor: other, dialect: driver.dialect });
          (await theirs.get(Parent, 1))!.name = 'theirs';
          await theirs.flush();
        });
        parent.name = 'mine';
        await mine.flush();
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StaleDataError);
    expect((error as Error).message).toBe(stale('Parent', 'id 1', 1));
    expect(await selectRows(driver, 'SELECT * FROM parent')).toEqual([{ id: 1, name: 'theirs', version: 2 }]);
  });
});

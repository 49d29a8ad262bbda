/**
 * `IdentityMap` (src/session/IdentityMap.ts): one instance per row, keys compared by value. And
 * what a flush must leave in it: new rows under the keys they were written with, a row whose
 * key a flush changed under its new key.
 */
import { describe, expect, it } from 'vitest';
import AssociationObject, { Association, Child } from '../../../examples/seed/association-object-back-populates.js';
import OneToMany, { Parent } from '../../../examples/seed/one-to-many.js';
import { createAll } from '../../../src/dialect/createAll.js';
import type { DeclarativeBase } from '../../../src/index.js';
import { configure } from '../../../src/session/configure.js';
import { IdentityMap, identityKey } from '../../../src/session/IdentityMap.js';
import { Session, instrument, stateOf } from '../../../src/session/index.js';
import { createTestDriver, insertRows, recordStatements } from '../../support/index.js';
import { sqliteFor } from '../../support/requireDialect.js';

describe('identityKey', () => {
  it('compares keys by value: numbers, strings, dates by their instant, bigints by their digits', () => {
    expect(identityKey([1])).toBe(identityKey([1]));
    expect(identityKey(['a', 2])).not.toBe(identityKey(['a', '2']));
    expect(identityKey([new Date('2026-01-01T00:00:00Z')])).toBe(identityKey([new Date(Date.UTC(2026, 0, 1))]));
    expect(identityKey([12345678901234567890n])).toBe(identityKey(['12345678901234567890']));
  });

  it('writes a one-number or one-string key as JSON writes it, without building the JSON', () => {
    const json = (key: unknown[]) => JSON.stringify(key);
    for (const key of [[1], [-0], [0], [1.5], [1e21], [-7], ['a'], [''], ['"quoted"\\'], ['\ud800'], ['line\nbreak'], ['ü']]) {
      expect(identityKey(key)).toBe(json(key));
    }
    // The ones JSON cannot write as they are keep their own form.
    expect(identityKey([Number.NaN])).toBe('[null]');
    expect(identityKey([7n])).toBe('["7"]');
  });
});

describe('IdentityMap', () => {
  it('finds a state by model and committed key, and forgets it on delete', () => {
    const mapping = configure(OneToMany);
    instrument(mapping);
    const model = mapping.model('Parent')!;
    const state = stateOf(new Parent({ id: 1 }));
    state.status = 'persistent';
    state.committed.set('id', 1);
    const map = new IdentityMap();
    map.set(state);
    expect(map.get(model, [1])).toBe(state);
    expect(map.get(model, [2])).toBeUndefined();
    expect(map.get(mapping.model('Child')!, [1])).toBeUndefined();
    // Compared as identityKey compares them: a number is not its digits.
    expect(map.get(model, ['1'])).toBeUndefined();
    expect(map.get(model, [1.0])).toBe(state);
    expect([...map.states()]).toEqual([state]);
    map.delete(state);
    expect(map.get(model, [1])).toBeUndefined();
  });
});

const sqlite = sqliteFor('IdentityMap: after a flush');

/** A session on a fresh SQLite database holding `base`'s tables and `rows`; returns what `work` returns, and the statements. */
async function inSession<T>(
  base: DeclarativeBase,
  rows: Record<string, Array<Record<string, unknown>>>,
  work: (session: Session) => Promise<T>,
) {
  const mapping = configure(base);
  const log = recordStatements();
  const db = await createTestDriver(sqlite!, { onStatement: log.onStatement });
  try {
    await createAll(mapping, db);
    for (const [table, tableRows] of Object.entries(rows)) await insertRows(db, table, tableRows);
    log.clear();
    const result = await db.transaction((tx) => work(new Session({ mapping, executor: tx, dialect: db.dialect })));
    return { result, log };
  } finally {
    await db.drop();
  }
}

describe.skipIf(!sqlite)('IdentityMap: after a flush', () => {
  it('finds objects inserted by a flush under their own keys, and writes their later changes', async () => {
    const { result, log } = await inSession(OneToMany, { parent: [] }, async (session) => {
      const [p4, p5] = [new Parent({ id: 4 }), new Parent({ id: 5 })];
      session.add(p4);
      session.add(p5);
      await session.flush();
      const found = [await session.get(Parent, 4), await session.get(Parent, 5)];
      p4.name = 'renamed';
      await session.flush();
      return found.map((instance, i) => instance === [p4, p5][i]);
    });
    expect(result).toEqual([true, true]);
    expect(log.updates.map((e) => e.params)).toEqual([expect.arrayContaining(['renamed', 4])]);
  });

  it('files an object whose primary key a flush changed under its new key', async () => {
    const { result } = await inSession(
      AssociationObject,
      {
        left: [{ id: 1 }, { id: 2 }],
        right: [{ id: 1 }, { id: 2 }],
        association: [{ left_id: 2, right_id: 1 }],
      },
      async (session) => {
        const association = (await session.get(Association, [2, 1]))!;
        await session.setRelated(association, 'child', (await session.get(Child, 2))!);
        await session.flush();
        return { moved: (await session.get(Association, [2, 2])) === association, old: await session.get(Association, [2, 1]) };
      },
    );
    expect(result).toEqual({ moved: true, old: undefined });
  });
});

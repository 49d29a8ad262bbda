/** The mapper records each model's unique keys: the primary key first, unique columns, then UniqueConstraints. */
import { describe, expect, it } from 'vitest';
import { Column, Integer, JSON as Json, String as Str, UniqueConstraint, configure, declarativeBase } from '../../../src/index.js';

describe('mapper: unique keys', () => {
  it('lists the primary key, unique columns and unique constraints, each once', () => {
    const Base = declarativeBase();
    Base.model('Shelf', {
      tableName: 'shelf',
      id: Column(Integer, { primaryKey: true, unique: true }),
      code: Column(Str(20), { unique: true }),
      room: Column(Str(20), { nullable: false }),
      position: Column(Integer, { nullable: false }),
      tableArgs: [UniqueConstraint(['room', 'position']), UniqueConstraint(['position', 'room']), UniqueConstraint(['code'])],
    });
    const shelf = configure(Base).model('Shelf')!;
    expect(shelf.uniqueKeys.map((key) => key.map((column) => column.name))).toEqual([['id'], ['code'], ['room', 'position']]);
    expect(shelf.uniqueKeys[0]).toEqual(shelf.primaryKey);
    expect(Object.isFrozen(shelf.uniqueKeys)).toBe(true);
  });

  it('leaves out a key over a column that cannot be compared by value', () => {
    const Base = declarativeBase();
    Base.model('Doc', { tableName: 'doc', id: Column(Integer, { primaryKey: true }), body: Column(Json, { unique: true }) });
    expect(
      configure(Base)
        .model('Doc')!
        .uniqueKeys.map((key) => key.map((column) => column.name)),
    ).toEqual([['id']]);
  });
});

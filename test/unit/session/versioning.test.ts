/** Optimistic locking's arithmetic: the first version of a row, and the next one after each write. */
import { describe, expect, it } from 'vitest';
import { BigInteger, Column, DateTime, Integer, declarativeBase } from '../../../src/declare/index.js';
import { configure } from '../../../src/session/configure.js';
import { bump, initialVersion, sameVersion } from '../../../src/session/versioning.js';

const Base = declarativeBase();
const versioned = (name: string, version: ReturnType<typeof Column>) =>
  Base.model(name, { tableName: name.toLowerCase(), versionIdCol: 'version', id: Column(Integer, { primaryKey: true }), version });
versioned('Counted', Column(Integer, { nullable: false }));
versioned('Big', Column(BigInteger, { nullable: false }));
versioned('Stamped', Column(DateTime, { nullable: false }));
const mapping = configure(Base);
const versionOf = (name: string) => mapping.model(name)!.versionColumn!;

describe('versioning: the first version', () => {
  it('is 1 for an integer column (as a string for BigInteger), and now for a DateTime', () => {
    expect(initialVersion(versionOf('Counted'))).toBe(1);
    expect(initialVersion(versionOf('Big'))).toBe('1');
    const before = Date.now();
    const stamp = initialVersion(versionOf('Stamped')) as Date;
    expect(stamp.getTime()).toBeGreaterThanOrEqual(before);
  });
});

describe('versioning: the next version', () => {
  it('adds 1 where the row stands, whatever version each row was read at', () => {
    const { assignment, next } = bump(versionOf('Counted'), [4, 7]);
    expect(assignment).toEqual({ column: 'version', increment: 1 });
    expect([next(4), next(7)]).toEqual([5, 8]);
    expect(bump(versionOf('Big'), ['9223372036854775806']).next('9223372036854775806')).toBe('9223372036854775807');
  });

  it('writes one time for all rows, later than each of theirs even when the clock is behind', () => {
    const ahead = new Date(Date.now() + 60_000);
    const { assignment, next } = bump(versionOf('Stamped'), [new Date(0), ahead]);
    const written = (assignment as { value: { value: Date } }).value.value;
    expect(written.getTime()).toBe(ahead.getTime() + 1);
    expect(next(new Date(0))).toBe(written);
  });

  it('compares versions by value, timestamps by instant', () => {
    expect(sameVersion(new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00.000Z'))).toBe(true);
    expect(sameVersion('5', '5')).toBe(true);
    expect(sameVersion(5, 6)).toBe(false);
    expect(sameVersion(undefined, undefined)).toBe(false);
  });
});

/**
 * The TiDB and Vitess SQL profiles (`src/dialect/mysql/profiles.ts`). Neither engine runs here,
 * so the profiles are held to what the engines document, on MariaDB: every statement relgraph
 * sends under a profile — random queries over every example schema (the differential
 * generator), nested creates and link mutations — is checked against the constructs the
 * profile forbids, and the answers must be byte for byte those of the default profile.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { assumedMysqlServer, createMysqlDialect } from '../../src/dialect/mysql/mysqlDialect.js';
import { type DialectProfile, findForbidden } from '../../src/dialect/mysql/profiles.js';
import type { StatementEvent } from '../../src/dialect/Driver.js';
import { createRelgraph } from '../../src/server/createRelgraph.js';
import { configure } from '../../src/session/configure.js';
import { col, select, val } from '../../src/sql/build.js';
import { createAll } from '../../src/dialect/createAll.js';
import { createTestDriver, type TestDriver } from '../support/index.js';
import { mariadbFor } from '../support/requireDialect.js';
import { formatCounterexample, loadSchemas, openDifferential, runDifferential, seedOf } from '../differential/differential.js';
import { createDriver } from './serverFixtures.js';

const profiles: readonly DialectProfile[] = ['tidb', 'vitess'];
const runs = 40;

describe('dialect profiles: what each renders', () => {
  const windowed = {
    kind: 'windowedSelect' as const,
    select: select({ table: 'child', alias: 't0' }, [{ expr: col('t0', 'id'), alias: 'id' }], {
      orderBy: [{ expr: col('t0', 'id'), descending: false }],
    }),
    partitionBy: [col('t0', 'parent_id')],
    keys: [[val(1)], [val(2)]],
    offset: 0,
    limit: 3,
  };

  it('pages per parent without window functions under vitess, with them under tidb and mysql', () => {
    const vitess = createMysqlDialect(assumedMysqlServer, 'vitess').render(windowed).sql;
    expect(vitess).toContain('UNION ALL');
    expect(findForbidden('vitess', vitess)).toBeUndefined();
    for (const profile of ['tidb', 'mysql'] as const) {
      expect(createMysqlDialect(assumedMysqlServer, profile).render(windowed).sql).toContain('ROW_NUMBER() OVER (PARTITION BY');
    }
  });

  it('reads no generated keys back with RETURNING, and takes none as consecutive, under tidb and vitess', () => {
    for (const profile of profiles) {
      const dialect = createMysqlDialect(assumedMysqlServer, profile);
      expect(dialect.capabilities).toMatchObject({ insertReturning: false, consecutiveInsertIds: false });
    }
    // MariaDB 10.11 itself has both.
    expect(createMysqlDialect(assumedMysqlServer).capabilities).toMatchObject({ insertReturning: true, consecutiveInsertIds: true });
  });

  it('refuses an unknown profile naming the accepted ones', () => {
    expect(() => createMysqlDialect(assumedMysqlServer, 'postgres' as DialectProfile)).toThrow(
      'dialectProfile must be one of mysql, tidb, vitess, but got "postgres".',
    );
  });
});

const mariadb = mariadbFor('dialect profiles on MariaDB');
const schemas = await loadSchemas();

/** The rows of an INSERT: its parenthesised tuples after VALUES. */
const rowsOf = (sql: string) => sql.slice(sql.indexOf(' VALUES ')).split('), (').length;

/** Every statement a driver sent, and the first one the profile forbids. */
function watch(profile: DialectProfile) {
  const sent: StatementEvent[] = [];
  return {
    sent,
    onStatement: (event: StatementEvent) => void sent.push(event),
    forbidden: () =>
      sent.flatMap((event) => {
        const found = findForbidden(profile, event.sql);
        return found ? [`${found.name} (${found.why}): ${event.sql}`] : [];
      }),
  };
}

describe.skipIf(!mariadb)('dialect profiles on MariaDB: the same answers, no forbidden SQL', () => {
  for (const profile of profiles) {
    it(`${profile}: ${runs} random queries per example schema answer as the default profile does`, async () => {
      let unions = 0;
      for (const schema of schemas) {
        const statements = watch(profile);
        const driver: TestDriver = await createTestDriver(mariadb!, { dialectProfile: profile, onStatement: statements.onStatement });
        const reference = await createDriver(driver.url);
        try {
          const differential = await openDifferential(schema.base, driver, { seed: seedOf(schema.name), referenceDatabase: reference });
          const { stats, counterexample } = await runDifferential(differential, {
            numRuns: runs,
            seed: seedOf(`${profile}/${schema.name}`),
          });
          await differential.idle();
          if (counterexample)
            expect.fail(formatCounterexample(`${schema.name} under ${profile} against the default profile`, counterexample));
          expect(stats.cases).toBe(runs);
          expect(statements.forbidden(), schema.name).toEqual([]);
          unions += statements.sent.filter((event) => event.sql.includes('UNION ALL')).length;
        } finally {
          await reference.close();
          await driver.drop();
        }
      }
      // Under vitess the pages per parent took the UNION ALL form, and were compared.
      if (profile === 'vitess') expect(unions).toBeGreaterThan(0);
    }, 300_000);

    it(`${profile}: nested creates insert a row per statement where the key is generated, with the same rows and answers`, async () => {
      const seed = schemas.find((schema) => schema.name === 'seed/one-to-many-back-populates')!;
      const mapping = configure(seed.base);
      const answers: string[] = [];
      const inserts: StatementEvent[][] = [];
      for (const chosen of ['mysql', profile] as const) {
        const statements = watch(chosen);
        const driver = await createTestDriver(mariadb!, { dialectProfile: chosen, onStatement: statements.onStatement });
        try {
          await createAll(mapping, driver);
          const relgraph = createRelgraph(mapping, { driver });
          const result = await relgraph.execute({
            schema: relgraph.schema,
            document: parse(
              'mutation { createParent(input: { name: "p", children: { create: [{ name: "a" }, { name: "b" }, { name: "c" }] } }) { id name children { id name } } }',
            ),
            contextValue: relgraph.createContext(),
          });
          answers.push(JSON.stringify(result));
          expect(statements.forbidden()).toEqual([]);
          inserts.push(statements.sent.filter((event) => event.kind === 'insert'));
        } finally {
          await driver.drop();
        }
      }
      expect(answers[1]).toBe(answers[0]);
      expect(JSON.parse(answers[0]!)).toMatchObject({
        data: { createParent: { name: 'p', children: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] } },
      });
      // MariaDB takes the three children in one INSERT; the profile, whose engine's keys are not
      // consecutive, in three.
      expect(inserts[0]!.map((event) => rowsOf(event.sql))).toEqual([1, 3]);
      expect(inserts[1]!.map((event) => rowsOf(event.sql))).toEqual([1, 1, 1, 1]);
    });
  }
});

/**
 * The GraphQL over HTTP spec's reference audit (`auditServer` from graphql-http) against a
 * development-mode and a production-mode server, over real HTTP, on every dialect: every MUST
 * passes, and the SHOULD and MAY items that do not pass are exactly those that
 * `docs/graphql-over-http.md` lists, with the counts it gives.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { auditServer, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Column, ForeignKey, Integer, String as Str, declarativeBase, relationship } from '../../src/declare/index.js';
import { createAll } from '../../src/dialect/createAll.js';
import { configure } from '../../src/session/configure.js';
import { createHandler } from '../../src/server/createHandler.js';
import { createTestDriver, DIALECTS, type TestDriver } from '../support/index.js';

const Base = declarativeBase();
Base.model('Parent', {
  tableName: 'parent',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(50)),
  children: relationship('Child', { backPopulates: 'parent' }),
});
Base.model('Child', {
  tableName: 'child',
  id: Column(Integer, { primaryKey: true }),
  parent_id: Column(Integer, ForeignKey('parent.id')),
  parent: relationship('Parent', { backPopulates: 'children' }),
});

type Mode = 'development' | 'production';
const modes: readonly Mode[] = ['development', 'production'];
const levels = ['MUST', 'SHOULD', 'MAY'] as const;

/** What `docs/graphql-over-http.md` says: the counts per mode and the items that do not pass. */
interface Documented {
  readonly counts: Map<Mode, string>;
  /** `mode id` → the item's name. */
  readonly failing: Map<string, string>;
}

function readDocumented(): Documented {
  const text = readFileSync(new URL('../../docs/graphql-over-http.md', import.meta.url), 'utf8');
  const section = (heading: string) => {
    const start = text.indexOf(heading);
    expect(start, `docs/graphql-over-http.md has no "${heading}"`).toBeGreaterThanOrEqual(0);
    const end = text.indexOf('\n#', start + heading.length);
    return text.slice(start, end === -1 ? undefined : end);
  };
  const rows = (part: string) =>
    part
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| ---'))
      .slice(1)
      .map((line) =>
        line
          .slice(2, -2)
          .split(' | ')
          .map((cell) => cell.trim()),
      );
  const counts = new Map<Mode, string>();
  for (const [mode, ...cells] of rows(section('## Conformance').split('### ')[0]!)) counts.set(mode as Mode, cells.join(' | '));
  const failing = new Map<string, string>();
  for (const [id, name, inModes] of rows(section('### Audit items that do not pass'))) {
    for (const mode of inModes!.split(', ')) failing.set(`${mode} ${id}`, name!);
  }
  return { counts, failing };
}

function countsOf(results: readonly AuditResult[]): string {
  return levels
    .map((level) => {
      const items = results.filter((result) => result.name.startsWith(`${level} `));
      return `${items.filter((result) => result.status === 'ok').length} of ${items.length}`;
    })
    .join(' | ');
}

/** The handler on 127.0.0.1, on a port of the system's choosing. */
async function serve(handler: http.RequestListener): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** fetch as a client that sends relgraph's CSRF header on every request. */
const withCsrfHeader = (input: string | URL | Request, init: RequestInit = {}) => {
  const headers = new Headers(init.headers);
  headers.set('x-graphql-csrf', '1');
  return fetch(input, { ...init, headers });
};

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: the GraphQL over HTTP audit`, () => {
    let driver: TestDriver;
    const servers = new Map<Mode, { url: string; close(): Promise<void> }>();
    const results = new Map<Mode, AuditResult[]>();

    beforeAll(async () => {
      driver = await createTestDriver(dialect);
      const mapping = configure(Base);
      await createAll(mapping, driver);
      for (const mode of modes) {
        const yoga = createHandler(mapping, {
          driver,
          logging: false,
          production: mode === 'production',
          development: mode === 'development',
        });
        const server = await serve(yoga);
        servers.set(mode, server);
        results.set(mode, await auditServer({ url: server.url }));
      }
    });
    afterAll(async () => {
      for (const server of servers.values()) await server.close();
      await driver?.drop();
    });

    for (const mode of modes) {
      it(`passes every MUST item in ${mode} mode`, () => {
        const failed = results.get(mode)!.filter((result) => result.name.startsWith('MUST ') && result.status !== 'ok');
        expect(failed.map((result) => `${result.id} ${result.name}: ${result.status === 'ok' ? '' : result.reason}`)).toEqual([]);
        expect(results.get(mode)!.filter((result) => result.name.startsWith('MUST ')).length).toBeGreaterThan(0);
      });
    }

    it('fails exactly the SHOULD and MAY items that docs/graphql-over-http.md lists', () => {
      const documented = readDocumented();
      const actual = new Map<string, string>();
      for (const mode of modes) {
        for (const result of results.get(mode)!) if (result.status !== 'ok') actual.set(`${mode} ${result.id}`, result.name);
      }
      expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(documented.failing));
    });

    it('passes as many items of each level as docs/graphql-over-http.md counts', () => {
      const documented = readDocumented();
      for (const mode of modes) expect(`${mode}: ${countsOf(results.get(mode)!)}`).toBe(`${mode}: ${documented.counts.get(mode)}`);
    });

    it('passes every item, GET included, for a client that sends a CSRF header', async () => {
      for (const mode of modes) {
        const withHeader = await auditServer({ url: servers.get(mode)!.url, fetchFn: withCsrfHeader });
        expect(withHeader.filter((result) => result.status !== 'ok').map((result) => `${mode}: ${result.id} ${result.name}`)).toEqual([]);
      }
    });
  });
}

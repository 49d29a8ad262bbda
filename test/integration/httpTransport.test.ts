/**
 * Broken bodies and headers, methods and GET, over real HTTP in development and production mode:
 * every refusal is a clean 4xx — `{ errors: [{ message, extensions: { code } }] }` and nothing
 * internal — the CSRF rule decides which GETs run, and no refused request changes the tables.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Column, ForeignKey, Integer, String as Str, declarativeBase, relationship } from '../../src/declare/index.js';
import { createAll } from '../../src/dialect/createAll.js';
import type { Mapping } from '../../src/mapper/index.js';
import { configure } from '../../src/session/configure.js';
import { createHandler } from '../../src/server/createHandler.js';
import { createTestDriver, DIALECTS, insertRows, selectRows, type TestDriver } from '../support/index.js';

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

interface Reply {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly text: string;
}

/** A mutation that writes a row, so that a request that runs it by mistake shows in the tables. */
const mutation = 'mutation { createParent(input: { name: "written" }) { id } }';
const mutationBody = JSON.stringify({ query: mutation });
const json = { 'content-type': 'application/json' };

/** Everything a refusal may not show: the parser's, the runtime's or the database's own words. */
const internals =
  /originalError|stack|\bat .+:\d+:\d+|node_modules|SyntaxError|Unexpected token|" is not valid JSON|zlib|incorrect header|sqlite|mysql|mariadb|\bSELECT\b|\bINSERT\b/i;

/** Sends one request with node:http, which sends exactly the headers given (repeated ones too) and may stop mid-body. */
function nodeRequest(
  url: string,
  options: { method?: string; headers?: http.OutgoingHttpHeaders; body?: Buffer | string; cutAfterBytes?: number },
): Promise<Reply | 'no answer'> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: options.method ?? 'POST', headers: options.headers ?? {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode!,
          headers: response.headers as Record<string, string>,
          text: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      response.on('error', reject);
    });
    request.on('error', () => resolve('no answer'));
    if (options.cutAfterBytes !== undefined) {
      request.write(String(options.body ?? '').slice(0, options.cutAfterBytes), () => setTimeout(() => request.destroy(), 50));
    } else if (options.body !== undefined) {
      request.end(options.body);
    }
    // Neither: the headers go out and the body never comes.
    else request.flushHeaders();
  });
}

async function fetchReply(url: string, init: RequestInit): Promise<Reply> {
  const response = await fetch(url, {
    method: 'POST',
    ...init,
    ...(init.body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return { status: response.status, headers, text: await response.text() };
}

/** The clean shape, with the given code and a sentence for a message. */
function expectCleanError(reply: Reply, code = 'BAD_REQUEST'): void {
  expect(reply.headers['content-type']).toMatch(/^application\/json; charset=utf-8$/);
  const body = JSON.parse(reply.text) as unknown;
  expect(body).toEqual({ errors: [{ message: expect.stringMatching(/^[A-Z].+\.$/), extensions: { code } }] });
  expect(reply.text).not.toMatch(internals);
}

for (const dialect of DIALECTS) {
  for (const mode of ['development', 'production'] as const satisfies readonly Mode[]) {
    describe(`${dialect.name}: HTTP requests in ${mode} mode`, () => {
      let driver: TestDriver;
      let mapping: Mapping;
      let yoga: ReturnType<typeof createHandler>;
      let server: http.Server;
      let url: string;
      const snapshot = async () => ({
        parent: await selectRows(driver, 'SELECT id, name FROM parent ORDER BY id'),
        child: await selectRows(driver, 'SELECT id, parent_id FROM child ORDER BY id'),
      });
      /** Sends the request and checks that the tables are as they were. */
      async function refused(send: () => Promise<Reply | 'no answer'>): Promise<Reply> {
        const before = await snapshot();
        const reply = await send();
        expect(await snapshot()).toEqual(before);
        if (reply === 'no answer') throw new Error('The server gave no answer.');
        return reply;
      }

      beforeAll(async () => {
        driver = await createTestDriver(dialect);
        mapping = configure(Base);
        await createAll(mapping, driver);
        await insertRows(driver, 'parent', [{ id: 1, name: 'p1' }]);
        await insertRows(driver, 'child', [{ id: 1, parent_id: 1 }]);
        // No extensions.relgraph outside production: these tests compare response bodies byte for byte.
        yoga = createHandler(mapping, {
          driver,
          logging: false,
          production: mode === 'production',
          development: mode === 'development',
          corsOrigins: ['https://app.example.com'],
          explain: false,
        });
        server = http.createServer(yoga);
        await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
        url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
      });
      afterAll(async () => {
        server?.closeAllConnections();
        await new Promise((resolve) => server?.close(resolve));
        await driver?.drop();
      });

      const badBodies: ReadonlyArray<[string, BodyInit]> = [
        ['JSON cut short', mutationBody.slice(0, -3)],
        ['not JSON at all', 'mutation { createParent }'],
        ['an empty body', ''],
        ['only whitespace', '   \n'],
        ['bytes that are not UTF-8', Buffer.from([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x7d])],
        ['JSON null', 'null'],
        ['a JSON number', '42'],
        ['a JSON string', JSON.stringify(mutation)],
        ['a batch of one', `[${mutationBody}]`],
        ['a query that is a number', '{"query": 42}'],
        ['variables as an array', JSON.stringify({ query: mutation, variables: [1] })],
        ['an operationName that is an object', JSON.stringify({ query: mutation, operationName: { a: 1 } })],
        ['a parameter the spec does not define', JSON.stringify({ query: mutation, mutate: true })],
      ];
      for (const [name, body] of badBodies) {
        it(`answers a JSON POST of ${name} with 400`, async () => {
          const reply = await refused(() => fetchReply(url, { headers: json, body }));
          expect(reply.status).toBe(400);
          expectCleanError(reply);
        });
      }

      const badEncodings: ReadonlyArray<[string, string, BodyInit]> = [
        ['gzip garbage', 'gzip', 'not gzip at all'],
        ['deflate garbage', 'deflate', 'not deflate at all'],
        ['br garbage', 'br', 'not brotli at all'],
        ['a gzip-compressed mutation', 'gzip', new Uint8Array(gzipSync(mutationBody))],
        ['a deflate-compressed mutation', 'deflate', new Uint8Array(deflateSync(mutationBody))],
        ['a br-compressed mutation', 'br', new Uint8Array(brotliCompressSync(mutationBody))],
        ['an unknown content coding', 'x-unknown', mutationBody],
      ];
      for (const [name, encoding, body] of badEncodings) {
        it(`answers ${name} (Content-Encoding: ${encoding}) with 415 and Accept-Encoding: identity`, async () => {
          const reply = await refused(() => fetchReply(url, { headers: { ...json, 'content-encoding': encoding }, body }));
          expect(reply.status).toBe(415);
          expect(reply.headers['accept-encoding']).toBe('identity');
          expectCleanError(reply);
        });
      }

      const badTypes: ReadonlyArray<[string, http.OutgoingHttpHeaders]> = [
        ['no Content-Type', {}],
        ['text/plain', { 'content-type': 'text/plain' }],
        ['a form', { 'content-type': 'application/x-www-form-urlencoded' }],
        ['charset ISO-8859-1', { 'content-type': 'application/json; charset=iso-8859-1' }],
        ['charset UTF-16', { 'content-type': 'application/json; charset=utf-16' }],
        ['two Content-Types in one header', { 'content-type': 'application/json, text/plain' }],
        ['two Content-Type headers, text/plain first', { 'content-type': ['text/plain', 'application/json'] }],
      ];
      for (const [name, headers] of badTypes) {
        it(`answers a POST with ${name} with 415`, async () => {
          const reply = await refused(() => nodeRequest(url, { headers, body: mutationBody }));
          expect(reply.status).toBe(415);
          expectCleanError(reply);
        });
      }

      it('accepts charset=utf-8 in any case, and Content-Encoding: identity', async () => {
        for (const headers of [{ 'content-type': 'application/json; charset=UTF-8' }, { ...json, 'content-encoding': 'identity' }]) {
          const reply = await fetchReply(url, { headers, body: JSON.stringify({ query: '{ parent(id: 1) { name } }' }) });
          expect(reply.text).toBe('{"data":{"parent":{"name":"p1"}}}');
        }
      });

      it('answers a Content-Length past the limit with 413 at once, before any body arrives', async () => {
        const reply = await refused(() => nodeRequest(url, { headers: { ...json, 'content-length': '99999999' } }));
        expect(reply.status).toBe(413);
        expectCleanError(reply);
      });

      it('answers a chunked body past the limit with 413', async () => {
        const big = JSON.stringify({ query: `${mutation} # ${'x'.repeat(200 * 1024)}` });
        const reply = await refused(() => fetchReply(url, { headers: json, body: new Blob([big]).stream() }));
        expect(reply.status).toBe(413);
        expectCleanError(reply);
      });

      it('survives a client that stops sending before its Content-Length, and writes nothing', async () => {
        const before = await snapshot();
        await nodeRequest(url, {
          headers: { ...json, 'content-length': String(mutationBody.length) },
          body: mutationBody,
          cutAfterBytes: 10,
        });
        expect(await snapshot()).toEqual(before);
        expect((await fetchReply(url, { headers: json, body: '{"query":"{ __typename }"}' })).text).toBe('{"data":{"__typename":"Query"}}');
      });

      it('answers a body whose stream fails midway with 400', async () => {
        const body = new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode(mutationBody.slice(0, 10)));
            setTimeout(() => controller.error(new Error('socket hang up')), 10);
          },
        });
        const reply = await refused(async () => {
          const response = await yoga.fetch(url, { method: 'POST', headers: json, body, duplex: 'half' } as RequestInit);
          return { status: response.status, headers: Object.fromEntries(response.headers), text: await response.text() };
        });
        expect(reply.status).toBe(400);
        expectCleanError(reply);
      });

      it('answers an Accept that allows no JSON with 406, and does not run the mutation', async () => {
        for (const accept of ['text/html', 'application/xml', 'application/json; charset=iso-8859-1']) {
          const reply = await refused(() => fetchReply(url, { headers: { ...json, accept }, body: mutationBody }));
          expect({ accept, status: reply.status }).toEqual({ accept, status: 406 });
          expectCleanError(reply);
        }
      });

      it('answers a method other than GET and POST with 405 and Allow: GET, POST', async () => {
        // OPTIONS is CORS's: with an allow-list it answers preflights (see below).
        for (const method of ['PUT', 'DELETE', 'PATCH']) {
          const reply = await refused(() => fetchReply(url, { method, headers: json, body: mutationBody }));
          expect({ method, status: reply.status, allow: reply.headers['allow'] }).toEqual({ method, status: 405, allow: 'GET, POST' });
          expectCleanError(reply);
        }
      });

      it('answers a path other than the endpoint with a JSON 404', async () => {
        const reply = await fetchReply(url.replace('/graphql', '/graphiql'), { method: 'GET', headers: { accept: 'text/html' } });
        expect(reply.status).toBe(404);
        expectCleanError(reply);
      });

      describe('GET', () => {
        const get = (query: string, headers: Record<string, string> = {}, extra = '') =>
          fetchReply(`${url}?query=${encodeURIComponent(query)}${extra}`, { method: 'GET', headers });

        it('refuses a query without a CSRF header with 403', async () => {
          for (const headers of [{}, { 'content-type': 'text/plain' }, { 'content-type': 'application/x-www-form-urlencoded' }] as Array<
            Record<string, string>
          >) {
            const reply = await refused(() => get('{ parent(id: 1) { name } }', headers));
            expect(reply.status).toBe(403);
            expectCleanError(reply);
          }
        });

        it('serves a query with any CSRF header, or a Content-Type a form cannot send, with Cache-Control: no-store', async () => {
          const allowed = [
            'x-graphql-csrf',
            'graphql-require-preflight',
            'apollo-require-preflight',
            'x-apollo-operation-name',
            'x-graphql-yoga-csrf',
          ].map((name) => ({ [name]: '1' }));
          for (const headers of [...allowed, { 'content-type': 'application/json' }]) {
            const reply = await get(
              'query ($id: Int!) { parent(id: $id) { name } }',
              headers,
              `&variables=${encodeURIComponent('{"id":1}')}`,
            );
            expect({ headers, status: reply.status, text: reply.text }).toEqual({
              headers,
              status: 200,
              text: '{"data":{"parent":{"name":"p1"}}}',
            });
            expect(reply.headers['cache-control']).toBe('no-store');
          }
        });

        it('refuses a mutation with 403 without a CSRF header and 405, Allow: POST, with one', async () => {
          const without = await refused(() => get(mutation));
          expect(without.status).toBe(403);
          expectCleanError(without);
          const withHeader = await refused(() => get(mutation, { 'x-graphql-csrf': '1' }));
          expect({ status: withHeader.status, allow: withHeader.headers['allow'] }).toEqual({ status: 405, allow: 'POST' });
          expectCleanError(withHeader);
        });

        it('answers variables or extensions that are not JSON objects with 400', async () => {
          for (const extra of ['&variables=%7Bid', '&extensions=nope', '&variables=%5B1%5D']) {
            const reply = await refused(() => get('{ __typename }', { 'x-graphql-csrf': '1' }, extra));
            expect({ extra, status: reply.status }).toEqual({ extra, status: 400 });
            expectCleanError(reply);
          }
        });

        it('lets an allowed origin send the CSRF headers (CORS preflight)', async () => {
          const reply = await fetchReply(url, {
            method: 'OPTIONS',
            headers: {
              origin: 'https://app.example.com',
              'access-control-request-method': 'GET',
              'access-control-request-headers': 'x-graphql-csrf',
            },
          });
          expect(reply.status).toBeLessThan(300);
          expect(reply.headers['access-control-allow-headers']?.split(/\s*,\s*/)).toContain('x-graphql-csrf');
        });
      });
    });
  }
}

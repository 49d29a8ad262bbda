/**
 * Tier A (§4.4 S1, S4; §0 limits): a corpus of hostile requests against the production server.
 * Each must get its expected status and code, leak nothing, and leave the database unchanged.
 */
import { gzipSync } from 'node:zlib';
import { canary, literal, sentinel } from './canary.js';
import type { RelgraphProcess } from './harness.js';
import { SCHEMA } from './harness.js';
import { gql, outcome, send, type Reply } from './http.js';
import { hostileInputCases, malformedHeads } from './hostileInput.js';
import { findLeaks } from './leakScanner.js';
import { rawRequest } from './rawHttp.js';
import { checksum } from './seed.js';
import { scan, reportScans, type Suite } from './suite.js';

const TIER = 'A';

export interface Case {
  readonly name: string;
  readonly requestText: string;
  readonly run: () => Promise<Reply>;
  /** Accepted HTTP statuses. */
  readonly status: readonly number[];
  /** Accepted `errors[0].extensions.code`; `OK` means no errors at all. */
  readonly code?: readonly string[];
  /** More to check on the reply; returns what is wrong, or undefined. */
  readonly verify?: (reply: Reply) => string | undefined;
}

const depthQuery = (depth: number) => {
  const path = ['parents(limit: 1)', ...Array.from({ length: depth - 2 }, (_, i) => (i % 2 === 0 ? 'children' : 'parent'))];
  return `{ ${path.map((field) => `${field} {`).join(' ')} id ${'}'.repeat(path.length)} }`;
};
const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: parent(id: 1) { id }`).join(' ')} }`;

export function hostileCases(url: string): Case[] {
  const cases: Case[] = [];
  const json = (
    name: string,
    query: string,
    variables: Record<string, unknown> | undefined,
    status: number[],
    code: string[],
    verify?: Case['verify'],
  ) => {
    const body = JSON.stringify(variables ? { query, variables } : { query });
    cases.push({ name, requestText: body, run: () => gql(url, query, variables), status, code, ...(verify ? { verify } : {}) });
  };
  const post = (name: string, headers: Record<string, string>, body: BodyInit, status: number[], code?: string[]) => {
    cases.push({
      name,
      requestText: typeof body === 'string' ? body : '',
      run: () => send(url, { headers, body }),
      status,
      ...(code ? { code } : {}),
    });
  };
  const TOO_COMPLEX = ['QUERY_TOO_COMPLEX'];
  const notMasked = (reply: Reply) => (reply.text.includes('Did you mean') ? 'a "Did you mean" suggestion' : undefined);

  // Query shape (§0 limits, H1).
  json('depth 6 (at the limit)', depthQuery(6), undefined, [200], ['OK']);
  json('depth 7', depthQuery(7), undefined, [200, 400], TOO_COMPLEX);
  json('depth 40', depthQuery(40), undefined, [200, 400], TOO_COMPLEX);
  json('15 aliases (at the limit)', aliases(15), undefined, [200], ['OK']);
  json('16 aliases', aliases(16), undefined, [200, 400], TOO_COMPLEX);
  json('alias bomb: 400 aliases', aliases(400), undefined, [200, 400], TOO_COMPLEX);
  json('1000 duplicate fields', `{ parents { ${'id '.repeat(1000)}} }`, undefined, [200, 400], TOO_COMPLEX);
  json('directive bomb: 60 @include', `{ parents { id ${'@include(if: true) '.repeat(60)}} }`, undefined, [200, 400], TOO_COMPLEX);
  const fragments = Array.from(
    { length: 12 },
    (_, i) => `fragment F${i} on Parent { id ${i < 11 ? `...F${i + 1} ...F${i + 1}` : 'name'} }`,
  ).join(' ');
  json(
    'fragment fan-out bomb (2^11)',
    `{ parents { ...F0 } } ${fragments}`,
    undefined,
    [200, 400],
    [...TOO_COMPLEX, 'GRAPHQL_VALIDATION_FAILED'],
  );
  json(
    'fragment cycle',
    '{ parents { ...A } } fragment A on Parent { ...B } fragment B on Parent { ...A }',
    undefined,
    [200, 400],
    ['GRAPHQL_VALIDATION_FAILED', ...TOO_COMPLEX],
  );
  json('15,100-character comment', `{ parents { id } } # ${'x'.repeat(15_100)}`, undefined, [200, 400], TOO_COMPLEX);
  json(
    'three levels of 1000-row lists (row estimate)',
    '{ parents(limit: 1000) { children(limit: 1000) { parent { tags(limit: 1000) { id } } } } }',
    undefined,
    [200, 400],
    TOO_COMPLEX,
  );
  json('limit -1', '{ parents(limit: -1) { id } }', undefined, [200], ['BAD_USER_INPUT']);
  json('limit 1001', '{ parents(limit: 1001) { id } }', undefined, [200], ['BAD_USER_INPUT']);
  json('offset 100001', '{ parents(offset: 100001) { id } }', undefined, [200], ['BAD_USER_INPUT']);
  json('nested limit 5000', '{ parent(id: 1) { children(limit: 5000) { id } } }', undefined, [200], ['BAD_USER_INPUT']);

  // Production mode (§4.4 S1 last bullet, H2).
  json('introspection __schema', '{ __schema { types { name } } }', undefined, [200, 400], ['GRAPHQL_VALIDATION_FAILED']);
  // `__type(name:)` is refused, or answers null for every name (docs/graphql-over-http.md, "Introspection in production").
  json(
    'introspection __type',
    '{ __type(name: "Parent") { fields { name } } }',
    undefined,
    [200, 400],
    ['GRAPHQL_VALIDATION_FAILED', 'OK'],
    (reply) => (reply.body?.data && reply.body.data.__type !== null ? 'the type was described' : undefined),
  );
  json('misspelt field gets no suggestion', '{ parentz { id } }', undefined, [200, 400], ['GRAPHQL_VALIDATION_FAILED'], notMasked);
  json(
    'misspelt argument gets no suggestion',
    '{ parents(limt: 1) { id } }',
    undefined,
    [200, 400],
    ['GRAPHQL_VALIDATION_FAILED'],
    notMasked,
  );
  json('__typename works', '{ __typename }', undefined, [200], ['OK']);
  cases.push({
    name: 'GraphiQL page is not served',
    requestText: '',
    run: () => send(url, { method: 'GET', headers: { accept: 'text/html' } }),
    status: [405, 404, 406],
    verify: (reply) => (/graphiql/i.test(reply.text) ? 'GraphiQL served' : undefined),
  });

  // Transport (S4, H3). A GET without a CSRF header is 403, a mutation over GET 405 (docs/graphql-over-http.md).
  cases.push({
    name: 'GET query without a CSRF header',
    requestText: '',
    run: () => send(`${url}?query=${encodeURIComponent('{ parents { id } }')}`, { method: 'GET' }),
    status: [403, 405],
  });
  const getMutation = `mutation { updateParent(id: 1, input: { name: ${literal(canary())} }) { id } }`;
  cases.push({
    name: 'GET mutation',
    requestText: getMutation,
    run: () => send(`${url}?query=${encodeURIComponent(getMutation)}`, { method: 'GET' }),
    status: [403, 405],
  });
  cases.push({
    name: 'PUT',
    requestText: '',
    run: () => send(url, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }),
    status: [405],
  });
  const formMutation = `mutation { createParent(input: { name: ${literal(canary())} }) { id } }`;
  post(
    'form-urlencoded mutation',
    { 'content-type': 'application/x-www-form-urlencoded' },
    `query=${encodeURIComponent(formMutation)}`,
    [415],
  );
  const multipart = new FormData();
  multipart.set('operations', JSON.stringify({ query: formMutation }));
  multipart.set('map', '{}');
  cases.push({ name: 'multipart mutation', requestText: formMutation, run: () => send(url, { body: multipart }), status: [415] });
  post('text/plain mutation', { 'content-type': 'text/plain' }, JSON.stringify({ query: formMutation }), [415]);
  post('no content type', {}, JSON.stringify({ query: '{ __typename }' }), [415]);
  post('application/xml', { 'content-type': 'application/xml' }, '<query/>', [415]);
  post(
    'batch of two',
    { 'content-type': 'application/json' },
    JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    [400],
  );
  post('truncated JSON', { 'content-type': 'application/json' }, '{"query": "{ parents { id } ', [400]);
  post('JSON string body', { 'content-type': 'application/json' }, '"{ parents { id } }"', [400]);
  post('JSON null body', { 'content-type': 'application/json' }, 'null', [400]);
  post('JSON number body', { 'content-type': 'application/json' }, '42', [400]);
  post('variables as an array', { 'content-type': 'application/json' }, JSON.stringify({ query: '{ __typename }', variables: [1] }), [400]);
  post('missing query', { 'content-type': 'application/json' }, JSON.stringify({ variables: {} }), [200, 400], ['BAD_REQUEST']);
  post(
    '__proto__ in the body',
    { 'content-type': 'application/json' },
    '{"query":"{ __typename }","__proto__":{"polluted":1},"extensions":{"__proto__":{"x":1}}}',
    [200, 400],
  );
  post(
    'gzip body',
    { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    gzipSync(JSON.stringify({ query: '{ parents { id } }' })),
    [400, 415],
  );
  const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024, ' '));
  post(
    `gzip bomb (${Math.round(bomb.length / 1024)} KiB → 50 MiB)`,
    { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    bomb,
    [400, 413, 415],
  );
  post(
    'body of 5 MiB with Content-Length',
    { 'content-type': 'application/json' },
    JSON.stringify({ query: `{ parents { id } } # ${'x'.repeat(5 * 1024 * 1024)}` }),
    [413],
  );
  cases.push({
    name: 'body of 200 KiB, chunked (no Content-Length)',
    requestText: '',
    run: () =>
      send(url, {
        headers: { 'content-type': 'application/json' },
        body: new Blob([JSON.stringify({ query: `{ parents { id } } # ${'x'.repeat(200 * 1024)}` })]).stream(),
      }),
    status: [413],
  });
  post('1 MiB of whitespace', { 'content-type': 'application/json' }, `${' '.repeat(1024 * 1024)}{"query":"{ __typename }"}`, [413]);

  // Variables and literals of the wrong type (H4). A request error is 200 under application/json,
  // which `gql` accepts, and 400 under application/graphql-response+json.
  json('string for an Int variable', 'query ($id: Int!) { parent(id: $id) { id } }', { id: 'one' }, [200, 400], ['BAD_USER_INPUT']);
  json('overflowing Int variable', 'query ($id: Int!) { parent(id: $id) { id } }', { id: 2 ** 40 }, [200, 400], ['BAD_USER_INPUT']);
  json('float for an Int variable', 'query ($id: Int!) { parent(id: $id) { id } }', { id: 1.5 }, [200, 400], ['BAD_USER_INPUT']);
  json('null for a non-null variable', 'query ($id: Int!) { parent(id: $id) { id } }', { id: null }, [200, 400], ['BAD_USER_INPUT']);
  json('missing variable', 'query ($id: Int!) { parent(id: $id) { id } }', {}, [200, 400], ['BAD_USER_INPUT']);
  json('overflowing Int literal', '{ parent(id: 99999999999) { id } }', undefined, [200, 400], ['GRAPHQL_VALIDATION_FAILED']);
  json(
    'object for a String variable',
    'mutation ($n: String!) { updateParent(id: 1, input: { name: $n }) { id } }',
    { n: { $gt: '' } },
    [200, 400],
    ['BAD_USER_INPUT'],
  );
  json(
    'unknown input field',
    'mutation { updateParent(id: 1, input: { name: "x", drop: "table" }) { id } }',
    undefined,
    [200, 400],
    ['GRAPHQL_VALIDATION_FAILED'],
  );
  json(
    'over-long string (1406 in strict mode)',
    'mutation ($n: String!) { updateParent(id: 1, input: { name: $n }) { id } }',
    { n: `${canary()}${'y'.repeat(500)}` },
    [200],
    ['BAD_USER_INPUT'],
  );

  // Injection strings in every argument kind; reads find nothing, writes are refused by key.
  json('canary in an eq filter', `{ parents(where: { name: { eq: ${literal(canary())} } }) { id } }`, undefined, [200], ['OK'], (reply) =>
    reply.body?.data?.parents?.length === 0 ? undefined : 'the filter matched rows',
  );
  json(
    'canary in an in filter',
    `{ children(where: { name: { in: [${literal(canary())}, ${literal(canary())}] } }) { id } }`,
    undefined,
    [200],
    ['OK'],
    (reply) => (reply.body?.data?.children?.length === 0 ? undefined : 'the filter matched rows'),
  );
  json(
    'canary in a like filter',
    `{ tags(where: { label: { like: ${literal(`%${canary()}%`)} } }) { id } }`,
    undefined,
    [200],
    ['OK'],
    (reply) => (reply.body?.data?.tags?.length === 0 ? undefined : 'the filter matched rows'),
  );
  json(
    'canary in a nested relation filter',
    `{ parents(where: { children: { some: { name: { eq: ${literal(canary())} } } }, OR: [{ owner: { gt: ${literal(canary())} } }] }) { id } }`,
    undefined,
    [200],
    ['OK'],
  );
  json(
    'canary in a variable filter',
    'query ($n: String) { children(where: { name: { ne: $n }, id: { eq: -1 } }) { id } }',
    { n: canary() },
    [200],
    ['OK'],
  );
  json(
    'sentinel ids',
    `{ parent(id: ${sentinel()}) { id } child(id: ${sentinel()}) { id } parents(where: { id: { in: [${sentinel()}, ${sentinel()}] } }) { id } }`,
    undefined,
    [200],
    ['OK'],
    (reply) => (reply.body?.data?.parent === null && reply.body?.data?.child === null ? undefined : 'a sentinel id matched'),
  );
  json(
    'injection in orderBy (enum)',
    '{ parents(orderBy: [{ name: "ASC; DROP TABLE parent" }]) { id } }',
    undefined,
    [200, 400],
    ['GRAPHQL_VALIDATION_FAILED'],
  );
  json(
    'canary update of an unknown parent',
    `mutation { updateParent(id: ${sentinel()}, input: { name: ${literal(canary())}, owner: ${literal(canary())} }) { id } }`,
    undefined,
    [200],
    ['NOT_FOUND'],
  );
  json(
    'unknown parent in addParentChild',
    `mutation { addParentChild(id: ${sentinel()}, childId: 1) { id } }`,
    undefined,
    [200],
    ['NOT_FOUND'],
  );
  json(
    'unknown child in addParentChild',
    `mutation { addParentChild(id: 1, childId: ${sentinel()}) { id } }`,
    undefined,
    [200],
    ['NOT_FOUND'],
  );
  json(
    'unknown parent in setChildParent',
    `mutation { setChildParent(id: 1, parentId: ${sentinel()}) { id } }`,
    undefined,
    [200],
    ['NOT_FOUND'],
  );
  json('unknown tag in addParentTag', `mutation { addParentTag(id: 1, tagId: ${sentinel()}) { id } }`, undefined, [200], ['NOT_FOUND']);
  json('unknown parent in deleteParent', `mutation { deleteParent(id: ${sentinel()}) { id } }`, undefined, [200], ['NOT_FOUND']);
  json(
    'create with a nested connect of an unknown child',
    `mutation { createParent(input: { name: ${literal(canary())}, children: { connect: [{ id: ${sentinel()} }], create: [{ name: ${literal(canary())} }] } }) { id } }`,
    undefined,
    [200],
    ['NOT_FOUND'],
  );
  json(
    'second field fails: the first is rolled back (H5)',
    `mutation { a: updateParent(id: 1, input: { name: ${literal(canary())} }) { id } b: addParentChild(id: ${sentinel()}, childId: 1) { id } }`,
    undefined,
    [200],
    ['NOT_FOUND'],
    (reply) => (reply.body?.data === null ? undefined : 'data is not null'),
  );
  json(
    'set with connect',
    'mutation { updateParent(id: 1, input: { children: { set: [], connect: [{ id: 3 }] } }) { id } }',
    undefined,
    [200],
    ['BAD_USER_INPUT'],
  );
  json(
    '1001 keys in connect',
    'mutation ($c: [ChildKey!]) { updateParent(id: 1, input: { children: { connect: $c } }) { id } }',
    { c: Array.from({ length: 1001 }, (_, i) => ({ id: i + 1 })) },
    [200],
    ['BAD_USER_INPUT'],
  );
  json(
    'input nested 4 deep',
    `mutation { createParent(input: { name: ${literal(canary())}, children: { create: [{ parent: { create: { name: "x", children: { create: [{ name: "y" }] } } } }] } }) { id } }`,
    undefined,
    [200],
    ['BAD_USER_INPUT'],
  );
  json(
    'clear a NOT NULL column',
    'mutation { updateParent(id: 1, input: { name: null }) { id } }',
    undefined,
    [200, 400],
    ['BAD_USER_INPUT', 'CONSTRAINT_VIOLATION', 'GRAPHQL_VALIDATION_FAILED'],
  );
  json(
    'create with a duplicate primary key',
    `mutation { createParent(input: { id: 1, name: ${literal(canary())} }) { id } }`,
    undefined,
    [200],
    ['CONSTRAINT_VIOLATION'],
  );
  json(
    'create a child whose parentId does not exist',
    `mutation { createChild(input: { name: ${literal(canary())}, parentId: ${sentinel()} }) { id } }`,
    undefined,
    [200],
    ['CONSTRAINT_VIOLATION', 'NOT_FOUND'],
  );
  json('a database error on read (missing table) is masked', '{ ghosts { id } }', undefined, [200], ['INTERNAL_SERVER_ERROR'], (reply) =>
    reply.body?.errors?.[0]?.message === 'Unexpected error.' ? undefined : 'not masked as "Unexpected error."',
  );
  json(
    'an exception after a write is masked and rolled back',
    `mutation { a: updateParent(id: 2, input: { name: ${literal(canary())} }) { id } rgInjectedFault: updateParent(id: 3, input: { name: ${literal(canary())} }) { id } }`,
    undefined,
    [200],
    ['INTERNAL_SERVER_ERROR'],
    (reply) => (reply.body?.data === null ? undefined : 'data is not null'),
  );
  // The surface: every error carries extensions.code.
  json('subscription to a field that is not one', 'subscription { parents { id } }', undefined, [200, 400], ['GRAPHQL_VALIDATION_FAILED']);
  json('subscription asked for as one JSON answer', 'subscription { parentChanged { id } }', undefined, [406], ['BAD_REQUEST'], (reply) =>
    String(reply.body?.errors?.[0]?.message).includes('text/event-stream')
      ? undefined
      : 'the message does not say to accept text/event-stream',
  );
  json(
    'two operations without operationName',
    'query A { __typename } query B { __typename }',
    undefined,
    [200, 400],
    ['OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST', 'GRAPHQL_VALIDATION_FAILED'],
  );
  json(
    'NUL bytes and unicode in a filter',
    `{ parents(where: { name: { eq: ${literal("\u0000\u202e\ud83d\ude00\\'")} } }) { id } }`,
    undefined,
    [200],
    ['OK'],
  );
  // Malformed encodings, contradictory nested writes, oversized inputs, header and body tricks.
  cases.push(...hostileInputCases(url));
  return cases;
}

/** Sends the corpus one request at a time, then the transport cases that need a raw socket. */
export async function runHostile(suite: Suite, server: RelgraphProcess, devServer: RelgraphProcess): Promise<void> {
  const { report, db } = suite;
  const before = await checksum(db, SCHEMA);
  const cases = hostileCases(server.url);
  let ok = 0;
  for (const c of cases) {
    const reply = await c.run();
    const code = outcome(reply);
    const problems: string[] = [];
    if (!c.status.includes(reply.status)) problems.push(`status ${reply.status} (expected ${c.status.join('/')})`);
    if (c.code && !c.code.includes(code)) problems.push(`code ${code} (expected ${c.code.join('/')})`);
    const wrong = c.verify?.(reply);
    if (wrong) problems.push(wrong);
    const leaks = scan(suite, TIER, reply, c.requestText);
    if (leaks.length) problems.push(`leak: ${leaks[0]}`);
    if (problems.length === 0) ok += 1;
    else
      report.add(
        TIER,
        `hostile: ${c.name}`,
        `${c.status.join('/')} ${c.code?.join('/') ?? ''}`,
        false,
        `${problems.join('; ')} — ${reply.text.slice(0, 300)}`,
      );
  }
  // Each request that missed has its own failing row above; this one counts what was sent.
  report.add(
    TIER,
    'hostile corpus sent (each miss is its own row)',
    `${cases.length} requests`,
    true,
    `${ok}/${cases.length} with the expected status, code and no leak`,
  );
  await rawCases(suite, server);
  const after = await checksum(db, SCHEMA);
  report.add(
    TIER,
    'database unchanged by the hostile corpus (CHECKSUM TABLE)',
    '4 tables',
    after === before,
    after === before ? before : `before ${before}, after ${after}`,
  );
  report.add(TIER, 'server alive, same PID', `pid ${server.pid}`, server.alive());
  reportScans(suite, TIER);
  await scannerSanity(suite, devServer);
}

/** Oversized headers, a Content-Length never sent, a slow body: on a raw socket. */
async function rawCases(suite: Suite, server: RelgraphProcess): Promise<void> {
  const { report } = suite;
  const host = new URL(server.origin).host;
  for (const { name, head, body } of malformedHeads(host)) {
    const reply = await rawRequest(server.origin, head, { chunks: [body], timeoutMs: 5000 });
    report.add(
      TIER,
      `malformed request head gets 400: ${name}`,
      'raw socket',
      reply.status === 400,
      `status ${reply.status || 'none'}${reply.closed ? ', closed' : ''}`,
    );
  }
  const big = await rawRequest(
    server.origin,
    `POST /graphql HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nX-Padding: ${'a'.repeat(20 * 1024)}\r\nContent-Length: 2\r\n\r\n{}`,
  );
  report.add(TIER, 'oversized headers (20 KiB) get 431', 'raw socket', big.status === 431, `status ${big.status}`);
  const announced = await rawRequest(
    server.origin,
    `POST /graphql HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nContent-Length: ${50 * 1024 * 1024}`,
    { chunks: ['{"query":"'], timeoutMs: 5000 },
  );
  report.add(
    TIER,
    'Content-Length of 50 MiB is refused before the body arrives',
    '10 bytes sent of 50 MiB announced',
    announced.status === 413 && announced.ms < 2000,
    `status ${announced.status} after ${announced.ms.toFixed(0)} ms`,
  );
  // After a 413 for a chunked body, the client's next requests (on its kept-alive connection)
  // are answered at once, not after the request timeout.
  const chunkedBody = () => new Blob([JSON.stringify({ query: `{ parents { id } } # ${'x'.repeat(300 * 1024)}` })]).stream();
  const afterwards: Reply[] = [];
  for (let i = 0; i < 3; i++) {
    afterwards.push(await send(server.url, { headers: { 'content-type': 'application/json' }, body: chunkedBody() }));
    for (let j = 0; j < 3; j++) afterwards.push(await gql(server.url, '{ __typename }'));
  }
  const slowest = Math.max(...afterwards.map((r) => r.ms));
  report.add(
    TIER,
    'a 413 for a chunked body leaves no stalled connection behind',
    '3 × (chunked 300 KiB, then 3 queries)',
    afterwards.every((r, i) => (i % 4 === 0 ? r.status === 413 : outcome(r) === 'OK')) && slowest < 1000,
    `${afterwards.map((r) => r.status).join(',')}; slowest ${slowest.toFixed(0)} ms`,
  );
  // A client that announces 200 bytes and sends one a second: cut at the request timeout (4 s
  // here), while other clients are served normally.
  const slow = rawRequest(
    server.origin,
    `POST /graphql HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nContent-Length: 200`,
    {
      chunks: Array.from({ length: 30 }, () => ' '),
      delayMs: 1000,
      timeoutMs: 40_000,
    },
  );
  const others: Reply[] = [];
  const started = performance.now();
  while (performance.now() - started < 3000) others.push(await gql(server.url, '{ parents(limit: 5) { id children { id } } }'));
  const cut = await slow;
  const served = others.filter((r) => outcome(r) === 'OK').length;
  report.add(
    TIER,
    'a slow-body client is cut at the request timeout while others are served',
    'Content-Length 200, 1 byte/s; request timeout 4 s',
    (cut.status === 408 || cut.closed) && cut.ms < 9000 && served === others.length && others.length > 10,
    `cut after ${cut.ms.toFixed(0)} ms with ${cut.status || 'no status'}; ${served}/${others.length} other requests served meanwhile`,
  );
}

/** The same leaking errors against a development server must be found (the scanner works). */
async function scannerSanity(suite: Suite, devServer: RelgraphProcess): Promise<void> {
  const queries = [
    '{ ghosts { id } }',
    'mutation { a: updateParent(id: 2, input: { name: "x" }) { id } rgInjectedFault: updateParent(id: 3, input: { name: "y" }) { id } }',
  ];
  const found: string[] = [];
  for (const query of queries) {
    const reply = await gql(devServer.url, query);
    found.push(...findLeaks(reply, JSON.stringify({ query }), suite.patterns));
  }
  suite.report.add(
    TIER,
    'S1 sanity: the scanner finds the leaks of NODE_ENV=development',
    `${queries.length} leaking requests (missing table, injected exception)`,
    // Development mode puts the unexpected error's message in `extensions.cause` (the stack
    // stays in the server log): the scanner must see the driver's words and the table name.
    found.some((f) => f.startsWith('MariaDB message')) && found.some((f) => f.startsWith('table name')),
    `${found.length} findings: ${found.slice(0, 3).join(' | ')}`,
  );
}

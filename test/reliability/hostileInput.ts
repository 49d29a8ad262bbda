/**
 * Tier A's second corpus: hostile argument values and request bytes, as an attacker or a fuzzer
 * sends them — malformed encodings, contradictory nested writes, oversized inputs, header and
 * body tricks. Each entry has the status and code it must get; none may change the database
 * (`runHostile` compares CHECKSUM TABLE before and after). Behaviour decided at the HTTP level
 * (body decoding, charsets, the request line) is asserted as the server answers today.
 */
import { canary, literal, sentinel } from './canary.js';
import type { Case } from './hostile.js';
import { gql, send, type Reply } from './http.js';

const BAD = ['BAD_USER_INPUT'];
const HIGH = '\ud800';
const LOW = '\udc00';
const JSON_HEADERS = { 'content-type': 'application/json' };

/** A JSON body with raw bytes spliced in: `bytes('{"query":"', [0xff], '"}')`. */
const bytes = (...parts: Array<string | number[]>): Uint8Array<ArrayBuffer> =>
  new Uint8Array(Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part)))));

/** The error names the argument path it is about. */
const names = (path: string) => (reply: Reply) =>
  reply.body?.errors?.[0]?.message?.includes(path) ? undefined : `the message does not name ${path}`;
const dataNull = (reply: Reply) => (reply.body?.data === null ? undefined : 'data is not null');

export function hostileInputCases(url: string): Case[] {
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
  const raw = (
    name: string,
    headers: Record<string, string>,
    body: string | Uint8Array<ArrayBuffer>,
    status: number[],
    code?: string[],
    verify?: Case['verify'],
  ) => {
    cases.push({
      name,
      requestText: typeof body === 'string' ? body : Buffer.from(body).toString(),
      run: () => send(url, { headers, body }),
      status,
      ...(code ? { code } : {}),
      ...(verify ? { verify } : {}),
    });
  };
  const keys = (n: number, from = 1) => Array.from({ length: n }, (_, i) => ({ id: from + i }));

  // Malformed encodings: strings that are not Unicode reach relgraph only through JSON escapes;
  // bytes that are not UTF-8 are the body decoder's to refuse.
  json(
    'lone high surrogate in a mutation variable',
    'mutation ($n: String!) { updateParent(id: 1, input: { name: $n }) { id } }',
    { n: `${canary()}${HIGH}` },
    [200],
    BAD,
    names('updateParent(input.name)'),
  );
  json(
    'lone low surrogate in a nested create',
    'mutation ($c: [ChildCreateInput!]) { createParent(input: { name: "x", children: { create: $c } }) { id } }',
    { c: [{ name: canary() }, { name: `${LOW}x` }] },
    [200],
    BAD,
    names('createParent(input.children.create[1].name)'),
  );
  json(
    'reversed surrogate pair in a where filter',
    'query ($n: String) { children(where: { name: { eq: $n } }) { id } }',
    { n: `${LOW}${HIGH}` },
    [200],
    BAD,
    names('children(where.name.eq)'),
  );
  json(
    'lone surrogate in a nested relationship filter',
    'query ($n: [String!]) { parent(id: 1) { children(where: { name: { in: $n } }) { id } } }',
    { n: ['c1', `c${HIGH}`] },
    [200],
    BAD,
    names('parent.children(where.name.in[1])'),
  );
  json(
    'lone surrogate in the second field: the first is not run',
    'mutation ($a: String!, $b: String!) { a: updateParent(id: 1, input: { name: $a }) { id } b: updateParent(id: 2, input: { name: $b }) { id } }',
    { a: canary(), b: `${canary()}${LOW}` },
    [200],
    BAD,
    dataNull,
  );
  json(
    'lone surrogate as a GraphQL string escape',
    `{ parents(where: { name: { eq: "\\ud800" } }) { id } }`,
    undefined,
    [200, 400],
    ['GRAPHQL_PARSE_FAILED'],
  );
  json('NUL escaped in the document outside a string', '{ parents { id \u0000 } }', undefined, [200, 400], ['GRAPHQL_PARSE_FAILED']);
  json(
    'NUL inside a mutation string (text, refused only by the unknown key)',
    `mutation { updateParent(id: ${sentinel()}, input: { name: ${literal(`a\u0000${canary()}`)} }) { id } }`,
    undefined,
    [200],
    ['NOT_FOUND'],
  );
  const mutationWith = (splice: number[]) =>
    bytes(`{"query":"mutation { updateParent(id: 1, input: { name: \\"${canary()}`, splice, '\\" }) { id } }"}');
  raw('invalid UTF-8 bytes (FF FE) in a mutation string', JSON_HEADERS, mutationWith([0xff, 0xfe]), [400], ['BAD_REQUEST']);
  raw('overlong UTF-8 for a quote (C0 A2)', JSON_HEADERS, mutationWith([0xc0, 0xa2]), [400], ['BAD_REQUEST']);
  raw('overlong UTF-8 for NUL (C0 80, modified UTF-8)', JSON_HEADERS, mutationWith([0xc0, 0x80]), [400], ['BAD_REQUEST']);
  raw('a surrogate encoded as UTF-8 (ED A0 80, CESU-8)', JSON_HEADERS, mutationWith([0xed, 0xa0, 0x80]), [400], ['BAD_REQUEST']);
  raw('a truncated UTF-8 sequence (E2 82)', JSON_HEADERS, mutationWith([0xe2, 0x82]), [400], ['BAD_REQUEST']);
  raw('a raw NUL byte inside a JSON string', JSON_HEADERS, mutationWith([0x00]), [400], ['BAD_REQUEST']);
  raw('a byte-order mark before the JSON', JSON_HEADERS, bytes([0xef, 0xbb, 0xbf], '{"query":"{ __typename }"}'), [200], ['OK']);
  raw(
    'a UTF-16 body declared as UTF-16',
    { 'content-type': 'application/json; charset=utf-16' },
    new Uint8Array(Buffer.from('{"query":"{ __typename }"}', 'utf16le')),
    [400, 415],
  );
  raw(
    'charset=iso-8859-1 with a Latin-1 byte',
    { 'content-type': 'application/json; charset=iso-8859-1' },
    mutationWith([0xe9]),
    [400, 415],
  );

  // Contradictory nested writes: refused before any SQL, naming the row and the relationship.
  const contradiction = (name: string, query: string, path: string) =>
    json(`contradiction: ${name}`, query, undefined, [200], BAD, names(path));
  contradiction(
    'connect and disconnect of one tag',
    'mutation { updateParent(id: 1, input: { tags: { connect: [{ id: 2 }], disconnect: [{ id: 2 }] } }) { id } }',
    'Tag with id 2',
  );
  contradiction(
    'connect and disconnect of one child',
    'mutation { updateParent(id: 2, input: { children: { disconnect: [{ id: 7 }], connect: [{ id: 7 }] } }) { id } }',
    'Child with id 7',
  );
  contradiction(
    'set with disconnect',
    'mutation { updateParent(id: 1, input: { tags: { set: [{ id: 1 }], disconnect: [{ id: 3 }] } }) { id } }',
    'updateParent(input.tags)',
  );
  contradiction(
    'connect with disconnect: true',
    'mutation { updateChild(id: 1, input: { parent: { connect: { id: 2 }, disconnect: true } }) { id } }',
    'Child.parent',
  );
  contradiction(
    'connect with create',
    `mutation { updateChild(id: 1, input: { parent: { connect: { id: 2 }, create: { name: ${literal(canary())} } } }) { id } }`,
    'Child.parent',
  );
  contradiction('an empty single-valued write', 'mutation { updateChild(id: 1, input: { parent: {} }) { id } }', 'Child.parent');
  contradiction(
    'parentId with parent',
    'mutation { updateChild(id: 1, input: { parentId: 2, parent: { connect: { id: 3 } } }) { id } }',
    'parentId and parent',
  );
  contradiction(
    'a nested create naming its own parent',
    `mutation { updateParent(id: 1, input: { children: { create: [{ name: ${literal(canary())}, parent: { connect: { id: 2 } } }] } }) { id } }`,
    'input.children.create[0]',
  );
  contradiction(
    'a nested create giving its own parentId',
    'mutation { updateParent(id: 1, input: { children: { create: [{ parentId: 2 }] } }) { id } }',
    'parentId',
  );
  contradiction(
    'one child connected under two new parents',
    `mutation { createTag(input: { label: ${literal(canary())}, parents: { create: [{ name: "a", children: { connect: [{ id: 450 }] } }, { name: "b", children: { connect: [{ id: 450 }] } }] } }) { id } }`,
    'Child with id 450',
  );
  const id = sentinel();
  contradiction(
    'a row created with a key and connected by it',
    `mutation { createParent(input: { name: "x", children: { create: [{ id: ${id} }], connect: [{ id: ${id} }] } }) { id } }`,
    `Child with id ${id}`,
  );
  contradiction(
    'a row created twice with one key',
    `mutation { createParent(input: { name: "x", children: { create: [{ id: ${id} }, { id: ${id} }] } }) { id } }`,
    'Create it once',
  );
  json(
    'contradiction: orderBy name ASC and name DESC',
    '{ parents(orderBy: [{ name: ASC }, { name: DESC }]) { id } }',
    undefined,
    [200],
    BAD,
  );
  json(
    'contradiction in the second field after a valid first',
    `mutation { a: updateParent(id: 1, input: { name: ${literal(canary())} }) { id } b: updateParent(id: 2, input: { tags: { set: [], connect: [{ id: 1 }] } }) { id } }`,
    undefined,
    [200],
    BAD,
    dataNull,
  );

  // Oversized inputs, each under the 100 KiB body limit.
  json(
    '1001 keys in disconnect',
    'mutation ($d: [ChildKey!]) { updateParent(id: 1, input: { children: { disconnect: $d } }) { id } }',
    { d: keys(1001) },
    [200],
    BAD,
    names('updateParent(input.children.disconnect)'),
  );
  json(
    '1001 nested creates',
    'mutation ($c: [ChildCreateInput!]) { updateParent(id: 1, input: { children: { create: $c } }) { id } }',
    { c: Array.from({ length: 1001 }, () => ({})) },
    [200],
    BAD,
  );
  json(
    '1001 keys in a connect two levels down',
    `mutation ($c: [ChildKey!]) { createTag(input: { label: ${literal(canary())}, parents: { create: [{ name: "x", children: { connect: $c } }] } }) { id } }`,
    { c: keys(1001) },
    [200],
    BAD,
    names('createTag(input.parents.create[0].children.connect)'),
  );
  json(
    '45,000 values in an in filter',
    'query ($ids: [Int!]) { children(where: { id: { in: $ids } }) { id } }',
    { ids: Array.from({ length: 45_000 }, () => 1) },
    [200],
    BAD,
  );
  json(
    '1000 relationship filters in an OR',
    'query ($w: [ParentWhere!]) { parents(where: { OR: $w }) { id } }',
    { w: keys(1000).map((k) => ({ children: { some: { id: { eq: k.id } } } })) },
    [200],
    BAD,
  );
  json(
    'NOT nested 900 deep',
    'query ($w: ParentWhere) { parents(where: $w) { id } }',
    { w: JSON.parse(`${'{"NOT":'.repeat(900)}{"id":{"eq":1}}${'}'.repeat(900)}`) },
    [200],
    BAD,
  );
  // Refused by filterSize after graphql-js coerced it, or by the server when the coercion's
  // recursion runs out of stack first (how deep that is depends on the process's stack).
  raw(
    'AND nested 1000 deep',
    JSON_HEADERS,
    `{"query":"query ($w: ParentWhere) { parents(where: $w) { id } }","variables":{"w":${'{"AND":['.repeat(1000)}{}${']}'.repeat(1000)}}}`,
    [200, 400],
    BAD,
  );
  raw(
    'creates nested 1000 deep in a variable',
    JSON_HEADERS,
    `{"query":"mutation ($c: ChildCreateInput!) { createChild(input: $c) { id } }","variables":{"c":${'{"parent":{"create":{"children":{"create":['.repeat(1000)}{}${']}}}}'.repeat(1000)}}}`,
    [200, 400],
    BAD,
  );
  raw(
    'JSON nested 40,000 deep in extensions and an unused variable',
    JSON_HEADERS,
    `{"query":"{ __typename }","extensions":{"x":${'['.repeat(20_000)}${']'.repeat(20_000)}},"variables":{"y":${'['.repeat(20_000)}${']'.repeat(20_000)}}}`,
    [200],
    ['OK'],
  );
  json('a 90 KiB unused variable name', '{ __typename }', { ['v'.repeat(90 * 1024)]: 1 }, [200], ['OK']);
  const longName = 'v'.repeat(10_000);
  json(
    'a 10,000-character variable name',
    `query ($${longName}: Int!) { parent(id: $${longName}) { id } }`,
    { [longName]: 1 },
    [200, 400],
    ['QUERY_TOO_COMPLEX'],
  );
  json(
    'a 95 KiB string for a 100-character column',
    'mutation ($n: String!) { updateParent(id: 1, input: { name: $n }) { id } }',
    { n: `${canary()}${'y'.repeat(95 * 1024)}` },
    [200],
    BAD,
  );
  json(
    'a 95 KiB string in a where filter',
    'query ($n: String) { parents(where: { name: { eq: $n } }) { id } }',
    { n: 'x'.repeat(95 * 1024) },
    [200],
    ['OK'],
  );
  json(
    'a 90 KiB like pattern',
    'query ($n: String) { parents(where: { name: { like: $n } }) { id } }',
    { n: '%_'.repeat(45 * 1024) },
    [200],
    ['OK'],
  );
  const unknownKeys = Array.from({ length: 7 }, (_, f) => `f${f}: updateParent(id: 1, input: { children: { connect: $k${f} } }) { id }`);
  json(
    'seven fields of 1000 unknown keys each',
    `mutation (${unknownKeys.map((_, f) => `$k${f}: [ChildKey!]`).join(', ')}) { ${unknownKeys.join(' ')} }`,
    Object.fromEntries(unknownKeys.map((_, f) => [`k${f}`, keys(1000, 1000 + f * 1000)])),
    [200],
    ['NOT_FOUND'],
    dataNull,
  );

  // Header and body tricks.
  raw(
    'two "query" keys: the last one is run',
    JSON_HEADERS,
    `{"query":"{ __typename }","query":"mutation { updateParent(id: ${sentinel()}, input: { name: \\"x\\" }) { id } }"}`,
    [200],
    ['NOT_FOUND'],
  );
  raw(
    'variables as a JSON-encoded string',
    JSON_HEADERS,
    JSON.stringify({ query: 'query ($id: Int!) { parent(id: $id) { id } }', variables: '{"id": 1}' }),
    [400],
    ['BAD_REQUEST'],
  );
  raw('upper-case content type', { 'content-type': 'APPLICATION/JSON' }, '{"query":"{ __typename }"}', [200], ['OK']);
  raw(
    'X-HTTP-Method-Override: GET on a mutation is ignored',
    { ...JSON_HEADERS, 'x-http-method-override': 'GET' },
    `{"query":"mutation { deleteParent(id: ${sentinel()}) { id } }"}`,
    [200],
    ['NOT_FOUND'],
  );
  return cases;
}

/**
 * Request heads that `fetch` will not send, for `rawRequest(origin, head, { chunks: [body] })`:
 * each must get 400 from Node's HTTP parser, before relgraph sees it.
 */
export function malformedHeads(host: string): Array<{ name: string; head: string; body: string }> {
  const body = '{"query":"{ __typename }"}';
  const head = (...lines: string[]) => ['POST /graphql HTTP/1.1', ...lines].join('\r\n');
  const json = ['Content-Type: application/json', `Content-Length: ${body.length}`];
  return [
    {
      name: 'Content-Length with Transfer-Encoding: chunked (request smuggling)',
      head: head(`Host: ${host}`, 'Content-Type: application/json', 'Content-Length: 5', 'Transfer-Encoding: chunked'),
      body: '0\r\n\r\n',
    },
    { name: 'two different Content-Length headers', head: head(`Host: ${host}`, ...json, 'Content-Length: 3'), body },
    { name: 'a negative Content-Length', head: head(`Host: ${host}`, 'Content-Type: application/json', 'Content-Length: -1'), body },
    { name: 'an obs-folded header', head: head(`Host: ${host}`, 'X-Folded: a', ' b', ...json), body },
    { name: 'a NUL byte in a header value', head: head(`Host: ${host}`, 'X-Nul: a\u0000b', ...json), body },
    { name: 'bare LF line endings', head: ['POST /graphql HTTP/1.1', `Host: ${host}`, ...json].join('\n'), body },
    { name: 'no Host header in HTTP/1.1', head: head(...json), body },
  ];
}

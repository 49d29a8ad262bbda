/**
 * What a request must look like before it is parsed (`docs/graphql-over-http.md`;
 * `docs/reliability.md` §0, S4). Refusals are answered here, before anything runs, each with a
 * JSON body and code `BAD_REQUEST`: an `Accept` that allows no JSON answer (406); a GET without
 * a header that forces a CORS preflight (403, CSRF); a POST that is not uncompressed UTF-8 JSON
 * (415) — graphql-yoga would otherwise run a mutation sent as a form or multipart, which a
 * browser can send cross-site without a preflight; a body over the byte limit (413); a body that
 * is empty, not UTF-8 or not JSON, or an `operationName` that is not a string (400). GET
 * answers carry `Cache-Control: no-store`.
 */
import { getOperationAST, GraphQLError, parse } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import { httpErrorResponse } from './useHttpErrors.js';

export interface TransportRules {
  readonly bodyBytes: number;
}

/**
 * A GET carrying one of these headers (any value) was sent by code that chose to send it: a
 * browser asks the server first (CORS preflight) before it lets a page send it cross-origin.
 * relgraph's own names, then Apollo's (Apollo iOS and Kotlin send `x-apollo-operation-name` on
 * every GET) and graphql-yoga's CSRF plugin's.
 *
 * @example
 * fetch('/graphql?query=%7B__typename%7D', { headers: { 'x-graphql-csrf': '1' } }); // 200; without the header, 403
 */
export const csrfHeaders = [
  'x-graphql-csrf',
  'graphql-require-preflight',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'x-graphql-yoga-csrf',
] as const;

/** The Content-Types a browser sends cross-site without a preflight (Fetch standard, CORS-safelisted request header). */
const simpleContentTypes = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/** What graphql-yoga can answer a single result in; its result processors, in this order. */
const answerMediaTypes = ['application/graphql-response+json', 'application/json', 'text/event-stream', 'multipart/mixed'];

const exampleBody = 'Send a JSON object such as {"query": "{ __typename }"}.';

/**
 * @example
 * createYoga({ schema, plugins: [useTransportRules({ bodyBytes: 100 * 1024 })] });
 * // POST, content-type text/plain        → 415
 * // GET ?query={__typename}, no header   → 403; with `x-graphql-csrf: 1` → 200, Cache-Control: no-store
 */
export function useTransportRules(rules: TransportRules): Plugin {
  const tooLarge = `The request body is larger than ${rules.bodyBytes} bytes. Send a shorter one, or split the work into several requests.`;
  return {
    onRequestParse({ request, setRequestParser, endResponse }) {
      if (request.method !== 'GET' && request.method !== 'POST') return;
      const refuse = (status: number, message: string, headers?: Record<string, string>) =>
        endResponse(httpErrorResponse(status, message, headers));
      // graphql-yoga picks the media type after execution and answers 406 with the work done:
      // a mutation would be committed and its answer thrown away. So the check comes first.
      if (!acceptsAnAnswer(request.headers.get('accept'))) {
        return refuse(
          406,
          'The Accept header allows none of the media types the server answers in. Accept application/graphql-response+json or application/json.',
        );
      }
      if (request.method === 'GET') {
        // A browser's EventSource (GraphiQL's subscriptions) cannot set headers. It may go without
        // one for a subscription: nothing is written, and another origin cannot read the stream
        // without CORS. `onParams` refuses any other operation sent so.
        if (!isPreflighted(request.headers) && wantsEventStream(request.headers.get('accept'))) {
          unpreflightedStreams.add(request);
          return setRequestParser(parseGet);
        }
        if (!isPreflighted(request.headers)) {
          return refuse(
            403,
            `A GET request must carry one of the headers ${csrfHeaders.join(', ')} (any value), or a Content-Type such as application/json, so that browsers check CORS before sending it. Add the header, or send the operation as a JSON POST.`,
          );
        }
        return setRequestParser(parseGet);
      }
      if ((request.headers.get('content-encoding') ?? 'identity').trim().toLowerCase() !== 'identity') {
        return refuse(
          415,
          'The request body is compressed (Content-Encoding); the server reads only uncompressed bodies. Send it without Content-Encoding.',
          { 'accept-encoding': 'identity' },
        );
      }
      const [essence, ...parameters] = (request.headers.get('content-type') ?? '')
        .toLowerCase()
        .split(';')
        .map((part) => part.trim());
      if (essence !== 'application/json') {
        return refuse(
          415,
          `The request body is ${essence ? 'not JSON' : 'of no declared type'}. Send the operation as a POST with Content-Type application/json.`,
        );
      }
      const charset = parameters
        .find((parameter) => parameter.startsWith('charset='))
        ?.slice('charset='.length)
        .replace(/"/g, '');
      if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
        return refuse(
          415,
          'The request body is declared in a charset other than UTF-8, the only one the server reads. Send it as UTF-8 (Content-Type: application/json; charset=utf-8).',
        );
      }
      const length = Number(request.headers.get('content-length') ?? Number.NaN);
      if (length > rules.bodyBytes) return refuse(413, tooLarge);
      return setRequestParser(async (incoming) => {
        const body = await readLimited(incoming, rules.bodyBytes);
        if (body === 'too large') return httpErrorResponse(413, tooLarge);
        if (body === 'cut short') return httpErrorResponse(400, 'The request body ended before it was complete. Send the whole body.');
        return parseJsonBody(body) as GraphQLParams | Response;
      });
    },
    onParams({ params, request }) {
      if (unpreflightedStreams.has(request) && !isSubscription(params as Partial<GraphQLParams>)) {
        throw new GraphQLError(
          `A GET request must carry one of the headers ${csrfHeaders.join(', ')} (any value), unless it asks for a subscription as text/event-stream. Add the header, or send the operation as a JSON POST.`,
          { extensions: { code: 'BAD_REQUEST', http: { status: 403 } } },
        );
      }
      // graphql-yoga checks the type of every parameter but this one: a number or an object
      // would otherwise read as "no operation by that name", a request error (200 under JSON).
      const name: unknown = (params as Partial<GraphQLParams> | null)?.operationName;
      if (name !== undefined && name !== null && typeof name !== 'string') {
        throw new GraphQLError('The operationName parameter must be a string (or null). Send the name of an operation in the document.', {
          extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
        });
      }
    },
    onResponse({ request, response }) {
      // Whether an answer may be shared depends on who asked (the viewer's rules), which a
      // cache cannot know: a server whose data is public can set its own Cache-Control.
      if (
        request.method === 'GET' &&
        !response.headers.has('cache-control') &&
        !response.headers.get('content-type')?.startsWith('text/html')
      ) {
        response.headers.set('cache-control', 'no-store');
      }
    },
  };
}

/** GETs let through without a CSRF header because they asked for an event stream. */
const unpreflightedStreams = new WeakSet<Request>();

function wantsEventStream(accept: string | null): boolean {
  return (accept ?? '').toLowerCase().includes('text/event-stream');
}

/** Whether the request's operation is a subscription (a document that does not parse is not). */
function isSubscription(params: Partial<GraphQLParams>): boolean {
  if (typeof params.query !== 'string') return false;
  try {
    return getOperationAST(parse(params.query), params.operationName ?? undefined)?.operation === 'subscription';
  } catch {
    return false;
  }
}

/** graphql-yoga's own reading of Accept (`getMediaTypesForRequestInOrder`): no header means any. */
function acceptsAnAnswer(accept: string | null): boolean {
  return (accept || '*/*')
    .replace(/\s/g, '')
    .toLowerCase()
    .split(',')
    .some((range) => {
      const [mediaType = '', ...parameters] = range.split(';');
      const charset = parameters.find((parameter) => parameter.includes('charset=')) ?? 'charset=utf-8';
      if (charset !== 'charset=utf-8') return false;
      const [type, subtype] = mediaType.split('/');
      return answerMediaTypes.some((served) => {
        const [servedType, servedSubtype] = served.split('/');
        return (type === '*' || type === servedType) && (subtype === '*' || subtype === servedSubtype);
      });
    });
}

/**
 * Implements the CSRF prevention of Apollo Server and graphql-yoga's CSRF plugin: a request
 * whose Content-Type is not one of the three a form can send, or that carries a CSRF header,
 * cannot come from a cross-site page without the server's CORS consent.
 */
function isPreflighted(headers: Headers): boolean {
  if (csrfHeaders.some((name) => headers.has(name))) return true;
  const type = headers.get('content-type');
  if (type === null) return false;
  return !simpleContentTypes.includes(type.split(';')[0]!.trim().toLowerCase());
}

/** `?query=…&variables=…`: graphql-yoga's GET parser, but a malformed JSON parameter is the client's 400, not a 500. */
function parseGet(request: Request): Record<string, unknown> | Response {
  const search = new URL(request.url, 'http://localhost').searchParams;
  const params: Record<string, unknown> = {};
  for (const name of ['query', 'operationName'] as const) {
    const value = search.get(name);
    if (value) params[name] = value;
  }
  for (const name of ['variables', 'extensions'] as const) {
    const value = search.get(name);
    if (!value) continue;
    try {
      params[name] = JSON.parse(value);
    } catch {
      return httpErrorResponse(400, `The ${name} parameter of the URL is not valid JSON. Send a URL-encoded JSON object.`);
    }
  }
  return params;
}

/** The body as parsed JSON, or a 400; graphql-yoga then checks its shape (an object with a `query`). */
function parseJsonBody(body: Uint8Array): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return httpErrorResponse(400, 'The request body is not valid UTF-8. Send it encoded as UTF-8.');
  }
  if (text.trim() === '') return httpErrorResponse(400, `The request body is empty. ${exampleBody}`);
  try {
    return JSON.parse(text);
  } catch {
    return httpErrorResponse(400, `The request body is not valid JSON. ${exampleBody}`);
  }
}

/**
 * The body's bytes; `too large` as soon as they pass `limit` (the rest is not kept), `cut short`
 * when the client stops sending before the end. Without a trustworthy Content-Length (chunked),
 * the bytes are counted as they arrive.
 */
async function readLimited(request: Request, limit: number): Promise<Uint8Array | 'too large' | 'cut short'> {
  if (!request.body) {
    // A framework that parsed the body already (Express's express.json(), Fastify's JSON
    // parser) hands it over without a stream; graphql-yoga still gives its bytes.
    const bytes = new Uint8Array(await request.arrayBuffer());
    return bytes.byteLength > limit ? 'too large' : bytes;
  }
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        // Answer 413 now, but go on reading what the client still sends: a body left unread
        // stalls the connection, and the next request on it waits for the request timeout (408).
        void discard(reader);
        return 'too large';
      }
      chunks.push(value);
    }
  } catch {
    return 'cut short';
  }
  return Buffer.concat(chunks);
}

/** Reads the rest of a body and drops it; bounded by the server's request timeout. */
async function discard(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  try {
    for (;;) if ((await reader.read()).done) return;
  } catch {
    // The client went away: nothing left to read.
  }
}

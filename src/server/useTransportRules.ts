/**
 * What a request must look like before it is parsed (`docs/reliability.md` §0, S4): a body
 * within the byte limit (413 otherwise, before parsing), POST only as JSON — graphql-yoga
 * would otherwise run a mutation sent as a form or multipart, which a browser can send
 * cross-site without a preflight — and, in production, no GET at all.
 */
import type { Plugin } from 'graphql-yoga';

export interface TransportRules {
  readonly bodyBytes: number;
  /** Refuse GET (405): in production every operation is a JSON POST. */
  readonly allowGet: boolean;
}

const jsonTypes = ['application/json', 'application/graphql-response+json'];

export function useTransportRules(rules: TransportRules): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, endResponse, fetchAPI }) {
      const respond = (status: number, message: string) => endResponse(new fetchAPI.Response(JSON.stringify({ errors: [{ message }] }), {
        status,
        headers: { 'content-type': 'application/json' },
      }));
      if (request.method === 'GET') {
        if (!rules.allowGet) respond(405, 'GET is not accepted; send the operation as a JSON POST.');
        return;
      }
      if (request.method !== 'POST') return;
      const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (!jsonTypes.includes(type)) {
        respond(415, 'Send the operation as a POST with content-type application/json.');
        return;
      }
      const length = Number(request.headers.get('content-length') ?? Number.NaN);
      if (length > rules.bodyBytes) {
        respond(413, `The request body is larger than ${rules.bodyBytes} bytes.`);
        return;
      }
      if (!requestParser) return;
      // Without a trustworthy Content-Length (chunked), count the bytes as they arrive.
      const parse = requestParser;
      setRequestParser(async (incoming) => {
        const text = await readLimited(incoming, rules.bodyBytes);
        if (text === undefined) {
          return new fetchAPI.Response(JSON.stringify({ errors: [{ message: `The request body is larger than ${rules.bodyBytes} bytes.` }] }), {
            status: 413,
            headers: { 'content-type': 'application/json' },
          });
        }
        return parse(new fetchAPI.Request(incoming.url, { method: 'POST', headers: incoming.headers, body: text }));
      });
    },
  };
}

/** The body as text, or undefined as soon as it passes `limit` bytes (the rest is not read). */
async function readLimited(request: Request, limit: number): Promise<string | undefined> {
  if (!request.body) {
    // A framework that parsed the body already (Express's express.json(), Fastify's JSON
    // parser) hands it over without a stream; graphql-yoga still gives its text.
    const text = await request.text();
    return Buffer.byteLength(text) > limit ? undefined : text;
  }
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Answer 413 now, but go on reading what the client still sends: a body left unread
      // stalls the connection, and the next request on it waits for the request timeout (408).
      void discard(reader);
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads the rest of a body and drops it; bounded by the server's request timeout. */
async function discard(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  try {
    for (;;) if ((await reader.read()).done) return;
  } catch {
    // The client went away: nothing left to read.
  }
}

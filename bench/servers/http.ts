/** HTTP plumbing shared by the baselines: read a JSON body, send a JSON answer. node:http only. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface GraphqlBody {
  readonly query: string;
  readonly variables?: Record<string, unknown> | null;
  readonly operationName?: string | null;
}

/** The request's body parsed as a GraphQL-over-HTTP POST body. */
export async function readGraphqlBody(request: IncomingMessage): Promise<GraphqlBody> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  if (typeof body !== 'object' || body === null || typeof (body as GraphqlBody).query !== 'string') {
    throw new TypeError('The request body must be a JSON object with a "query" string.');
  }
  return body as GraphqlBody;
}

export function sendJson(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

/** Answers a failed request the way a GraphQL server does: status 200 or 400, `errors` only. */
export function sendError(response: ServerResponse, error: unknown, status = 200): void {
  sendJson(response, status, JSON.stringify({ errors: [{ message: error instanceof Error ? error.message : String(error) }] }));
}

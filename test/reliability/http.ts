/** The driver's side of HTTP: one GraphQL request through `fetch`, timed, never throwing. */

export interface GraphQLErrorBody {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly extensions?: { readonly code?: string } & Record<string, unknown>;
}

export interface Reply {
  /** HTTP status; 0 when no response came (network error or client timeout). */
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly text: string;
  /** The parsed body when it was JSON. */
  readonly body: { data?: any; errors?: GraphQLErrorBody[] } | undefined;
  readonly ms: number;
  /** Set when no response came: the fetch error's message (or `timeout`). */
  readonly networkError?: string;
}

export interface SendOptions {
  readonly method?: string;
  readonly headers?: Record<string, string>;
  readonly body?: BodyInit;
  readonly timeoutMs?: number;
}

/** Sends one request and reads the whole answer. */
export async function send(url: string, options: SendOptions = {}): Promise<Reply> {
  const started = performance.now();
  try {
    const response = await fetch(url, {
      method: options.method ?? 'POST',
      headers: options.headers ?? {},
      ...(options.body !== undefined ? { body: options.body, duplex: 'half' } : {}),
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    } as RequestInit);
    const text = await response.text();
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    let body: Reply['body'];
    try {
      body = JSON.parse(text) as Reply['body'];
    } catch {
      body = undefined;
    }
    return { status: response.status, headers, text, body, ms: performance.now() - started };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const message = error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : (cause?.code ?? cause?.message ?? String(error));
    return { status: 0, headers: {}, text: '', body: undefined, ms: performance.now() - started, networkError: message };
  }
}

/** A GraphQL operation as a JSON POST. */
export function gql(url: string, query: string, variables?: Record<string, unknown>, timeoutMs?: number): Promise<Reply> {
  return send(url, {
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(variables ? { query, variables } : { query }),
    ...(timeoutMs ? { timeoutMs } : {}),
  });
}

/** The first error's code, `OK` for a response without errors, or `HTTP <status>` / the network error. */
export function outcome(reply: Reply): string {
  if (reply.networkError) return `NET ${reply.networkError}`;
  const code = reply.body?.errors?.[0]?.extensions?.code;
  if (reply.body?.errors?.length) return code ?? `HTTP ${reply.status} (no code)`;
  if (reply.status !== 200) return `HTTP ${reply.status}`;
  return 'OK';
}

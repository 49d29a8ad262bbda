/**
 * A closed-loop HTTP/1.1 load generator on raw keep-alive sockets: each connection sends a
 * request, reads the whole response, and sends the next. It is leaner than node:http's client,
 * which matters when it shares two cores with the server and MariaDB, and it needs no package.
 * Loopback only.
 */
import { connect, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';

export interface LoadOptions {
  readonly port: number;
  /** JSON bodies to POST to /graphql; each request takes the next (or a random) one. */
  readonly bodies: readonly string[];
  /**
   * Instead of `bodies`: the body of each request, made when it is sent, given the number of the
   * connection (0 to connections - 1) that sends it. Each connection has one request in flight.
   */
  readonly nextBody?: (connection: number) => string;
  /** Told of every response, in or out of the measured window, with the connection it came on. */
  readonly onResponse?: (connection: number, status: number, body: Buffer) => void;
  readonly connections: number;
  readonly warmupMs: number;
  readonly durationMs: number;
  readonly order?: 'cycle' | 'random';
  /** When set, every response body must be this many bytes (a cheap check that it is the verified answer). */
  readonly expectedBodyBytes?: number;
  /** Called when the measured window opens and when it closes (after the warm-up; at the end). */
  readonly onWindow?: (edge: 'start' | 'end') => void;
}

export interface LoadResult {
  /** Requests sent and answered inside the measured window. */
  readonly requests: number;
  readonly rps: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly meanMs: number;
  /** Responses that were not 200, had a body of the wrong size, or carried GraphQL errors; and socket errors. */
  readonly failures: number;
  readonly firstFailure?: string;
}

export function buildRequest(port: number, body: string): Buffer {
  const payload = Buffer.from(body);
  const head = `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: ${payload.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), payload]);
}

interface Response {
  readonly status: number;
  readonly body: Buffer;
}

/**
 * Reads responses off one socket: headers, then a Content-Length body or a chunked one.
 * Returns the parsed response and what is left, or undefined while the response is incomplete.
 */
export function parseResponse(data: Buffer): { response: Response; rest: Buffer } | undefined {
  const headerEnd = data.indexOf('\r\n\r\n');
  if (headerEnd < 0) return undefined;
  const head = data.subarray(0, headerEnd).toString('latin1');
  const status = Number(head.slice(9, 12));
  const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
  const bodyStart = headerEnd + 4;
  if (length) {
    const end = bodyStart + Number(length[1]);
    if (data.length < end) return undefined;
    return { response: { status, body: data.subarray(bodyStart, end) }, rest: data.subarray(end) };
  }
  if (!/\r\ntransfer-encoding:\s*chunked/i.test(head))
    throw new Error(`A response has neither Content-Length nor chunked encoding: ${head}`);
  const parts: Buffer[] = [];
  let at = bodyStart;
  for (;;) {
    const lineEnd = data.indexOf('\r\n', at);
    if (lineEnd < 0) return undefined;
    const size = parseInt(data.subarray(at, lineEnd).toString('latin1'), 16);
    const chunkEnd = lineEnd + 2 + size;
    if (data.length < chunkEnd + 2) return undefined;
    if (size === 0) {
      // Trailers are not used by the servers measured; the last chunk ends with an empty line.
      return { response: { status, body: Buffer.concat(parts) }, rest: data.subarray(chunkEnd + 2) };
    }
    parts.push(data.subarray(lineEnd + 2, chunkEnd));
    at = chunkEnd + 2;
  }
}

/** Runs `options.connections` closed loops for warm-up plus duration, and measures the duration part. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const requests = options.bodies.map((body) => buildRequest(options.port, body));
  const started = performance.now();
  const measureFrom = started + options.warmupMs;
  const measureTo = measureFrom + options.durationMs;
  const edges = new Set<'start' | 'end'>();
  const edge = (which: 'start' | 'end') => {
    if (edges.has(which)) return;
    edges.add(which);
    options.onWindow?.(which);
  };
  setTimeout(() => edge('start'), options.warmupMs);
  setTimeout(() => edge('end'), options.warmupMs + options.durationMs);
  const latencies: number[] = [];
  let failures = 0;
  let firstFailure: string | undefined;
  let next = 0;
  const fail = (why: string) => {
    failures++;
    firstFailure ??= why;
  };
  const pick = (connection: number) => {
    if (options.nextBody) return buildRequest(options.port, options.nextBody(connection));
    if (options.order === 'random') return requests[Math.floor(Math.random() * requests.length)]!;
    const request = requests[next]!;
    next = (next + 1) % requests.length;
    return request;
  };

  const loop = (connection: number) =>
    new Promise<void>((resolve) => {
      let socket: Socket | undefined;
      let sentAt = 0;
      let finished = false;
      const finish = () => {
        if (finished) return;
        finished = true;
        clearTimeout(deadline);
        socket?.destroy();
        resolve();
      };
      // A response still missing a minute after the window closed ends the loop (and counts as a failure).
      const deadline = setTimeout(
        () => {
          fail('no response within 60 s after the measured window');
          finish();
        },
        measureTo - performance.now() + 60_000,
      );
      const open = () => {
        const s = connect({ host: '127.0.0.1', port: options.port, noDelay: true });
        socket = s;
        let pending: Buffer = Buffer.alloc(0);
        const send = () => {
          if (performance.now() >= measureTo) {
            finish();
            return;
          }
          sentAt = performance.now();
          s.write(pick(connection));
        };
        s.on('connect', send);
        s.on('data', (data: Buffer) => {
          pending = pending.length === 0 ? data : Buffer.concat([pending, data]);
          const parsed = parseResponse(pending);
          if (!parsed) return;
          pending = parsed.rest;
          const doneAt = performance.now();
          const { status, body } = parsed.response;
          options.onResponse?.(connection, status, body);
          const inWindow = sentAt >= measureFrom && doneAt <= measureTo;
          if (status !== 200) fail(`HTTP ${status}: ${body.toString('utf8', 0, 300)}`);
          else if (options.expectedBodyBytes !== undefined && body.length !== options.expectedBodyBytes)
            fail(`a body of ${body.length} bytes instead of ${options.expectedBodyBytes}: ${body.toString('utf8', 0, 300)}`);
          else if (options.expectedBodyBytes === undefined && body.includes('"errors"'))
            fail(`GraphQL errors: ${body.toString('utf8', 0, 300)}`);
          else if (inWindow) latencies.push(doneAt - sentAt);
          send();
        });
        s.on('error', (error) => fail(`socket: ${error.message}`));
        // The server may close an idle keep-alive connection; a new one replaces it.
        s.on('close', () => {
          if (finished || socket !== s) return;
          if (performance.now() < measureTo) setTimeout(open, 10);
          else finish();
        });
      };
      open();
    });

  await Promise.all(Array.from({ length: options.connections }, (_, connection) => loop(connection)));
  edge('start');
  edge('end');
  latencies.sort((a, b) => a - b);
  const at = (q: number) => (latencies.length === 0 ? NaN : latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!);
  const seconds = options.durationMs / 1000;
  return {
    requests: latencies.length,
    rps: latencies.length / seconds,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    meanMs: latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length),
    failures,
    ...(firstFailure !== undefined ? { firstFailure } : {}),
  };
}

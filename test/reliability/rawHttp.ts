/**
 * HTTP written by hand on a socket, for what `fetch` will not send: oversized headers, a
 * Content-Length the body never reaches, a body that trickles in.
 */
import { connect } from 'node:net';

export interface RawReply {
  /** The status line's code, or 0 when the server closed without answering. */
  readonly status: number;
  readonly text: string;
  readonly ms: number;
  /** The server closed the socket (after answering, or instead of it). */
  readonly closed: boolean;
}

export interface RawOptions {
  /** Body chunks written one by one, `delayMs` apart (a slow client). */
  readonly chunks?: readonly (string | Buffer)[];
  readonly delayMs?: number;
  /** Give up after this long (default 15 s). */
  readonly timeoutMs?: number;
}

/** Writes `head` (request line and headers, without the blank line), then the body chunks. */
export function rawRequest(origin: string, head: string, options: RawOptions = {}): Promise<RawReply> {
  const { hostname, port } = new URL(origin);
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let text = '';
    let done = false;
    const finish = (closed: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1];
      resolve({ status: status ? Number(status) : 0, text, ms: performance.now() - started, closed });
    };
    const timer = setTimeout(() => finish(false), options.timeoutMs ?? 15_000);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      text += chunk;
      // One response is enough; with `Connection: close` the server ends the socket anyway.
      if (/\r\n\r\n/.test(text) && /content-length: (\d+)/i.test(text)) {
        const length = Number(/content-length: (\d+)/i.exec(text)![1]);
        if (Buffer.byteLength(text.split('\r\n\r\n').slice(1).join('\r\n\r\n')) >= length) finish(false);
      }
    });
    socket.on('close', () => finish(true));
    socket.on('error', () => finish(true));
    socket.on('connect', async () => {
      socket.write(`${head}\r\n\r\n`);
      for (const chunk of options.chunks ?? []) {
        if (done) return;
        if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
        if (!socket.destroyed) socket.write(chunk);
      }
    });
  });
}

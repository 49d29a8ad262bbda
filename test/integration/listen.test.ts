/**
 * `listen()` bounds how long a client may take to send its request (reliability.md S4): a
 * slow-body client is cut with 408 at the request timeout, and others are served meanwhile.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Column, Integer, declarativeBase } from '../../src/declare/index.js';
import { configure, createAll, createDriver, createHandler, createLogger, listen } from './serverFixtures.js';

const Base = declarativeBase();
Base.model('Parent', { tableName: 'parent', id: Column(Integer, { primaryKey: true }) });

/** Sends the headers, then one byte of the announced body every 100 ms; resolves with what came back. */
function slowPost(url: URL): Promise<{ text: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = connect(Number(url.port), url.hostname);
    let text = '';
    const timer = setInterval(() => socket.writable && socket.write(' '), 100);
    const done = () => {
      clearInterval(timer);
      resolve({ text, ms: performance.now() - started });
    };
    socket.setEncoding('utf8').on('data', (chunk: string) => {
      text += chunk;
    });
    socket.on('close', done).on('error', done);
    socket.write(`POST ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n`);
  });
}

describe('listen: request timeouts', () => {
  let running: Awaited<ReturnType<typeof listen>>;
  beforeAll(async () => {
    const driver = await createDriver('sqlite::memory:');
    const mapping = configure(Base);
    await createAll(mapping, driver);
    running = await listen(createHandler(mapping, { driver, logging: false }), driver, {
      port: 0,
      host: '127.0.0.1',
      logger: createLogger('silent'),
      requestTimeoutMs: 600,
      headersTimeoutMs: 600,
    });
  });
  afterAll(() => running?.close());

  it('cuts a slow-body client with 408 at the request timeout, and serves others meanwhile', async () => {
    const slow = slowPost(new URL(running.url));
    const served = await fetch(running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ parents { id } }' }),
    });
    expect(served.status).toBe(200);
    const { text, ms } = await slow;
    expect(text).toMatch(/^HTTP\/1\.1 408/);
    expect(ms).toBeGreaterThanOrEqual(500);
    expect(ms).toBeLessThan(3000);
  });
});

/** What each benchmarked implementation provides: a node:http request listener over one database. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface Implementation {
  readonly handler: (request: IncomingMessage, response: ServerResponse) => void;
  close(): Promise<void>;
}

/** Every implementation keeps this many database connections, as relgraph does by default. */
export const poolSize = 10;
